import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { config } from "../config";
import { getDataSource } from "../db";
import { AppError } from "../errors";
import { verifyCredentials } from "../modules/users/users.service";
import { sessionUser } from "./session";

function clientIp(headers: Record<string, unknown> | undefined): string {
  const fwd = headers?.["x-forwarded-for"];
  const first = typeof fwd === "string" ? fwd.split(",")[0].trim() : "";
  return first || String(headers?.["x-real-ip"] ?? "local");
}

/**
 * Credentials sign-in with sessions in signed JWT cookies (so any app node can read them).
 * The role is re-read from the database on every session read: a role change applies
 * at once, without waiting for the cookie to expire.
 */
export function authOptions(): AuthOptions {
  const cfg = config();
  return {
    secret: cfg.secret,
    session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
    pages: { signIn: "/signin", error: "/signin" },
    useSecureCookies: cfg.appUrl.startsWith("https://"),
    providers: [
      CredentialsProvider({
        name: "E-mail",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const db = await getDataSource();
          try {
            const user = await verifyCredentials(
              db,
              credentials?.email ?? "",
              credentials?.password ?? "",
              clientIp(req?.headers as Record<string, unknown>),
            );
            return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
          } catch (err) {
            // next-auth puts the message in the error redirect: the sign-in page explains it.
            if (err instanceof AppError && err.code === "RATE_LIMITED") throw new Error("RATE_LIMITED");
            throw err;
          }
        },
      }),
    ],
    callbacks: {
      // The session version is written at sign-in only: an old cookie can never bring
      // itself up to date (e.g. through next-auth's update()), it stays signed out.
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        const user = await sessionUser(await getDataSource(), token);
        if (!user) return { ...session, user: undefined };
        return {
          ...session,
          user: { id: user.id, email: user.email, name: user.name, role: user.role, emailVerified: user.emailVerified },
        };
      },
    },
  };
}
