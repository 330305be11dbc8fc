import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { config } from "../config";
import { getDataSource } from "../db";
import { clientAddress } from "../client-address";
import { AppError } from "../errors";
import { RateLimitedError } from "../rate-limit";
import { safeCallbackUrl } from "./safe-callback-url";
import { CityAccountError, verifyCredentials } from "../modules/users/users.service";
import { sessionUser } from "./session";
import { cityProvider, type CityProfileUser } from "./city-provider";

/**
 * Credentials sign-in (and, when OIDC_ISSUER is set, the city's single sign-on for staff) with sessions in signed JWT cookies (so any app node can read them).
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
              clientAddress(req?.headers as Record<string, unknown> | undefined, cfg.TRUSTED_PROXIES),
            );
            return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
          } catch (err) {
            // next-auth puts the message in the error redirect: the sign-in page explains it
            // ("RATE_LIMITED:<seconds to wait>").
            if (err instanceof RateLimitedError) throw new Error(`RATE_LIMITED:${err.retryAfter}`);
            if (err instanceof AppError && err.code === "RATE_LIMITED") throw new Error("RATE_LIMITED");
            if (err instanceof CityAccountError) throw new Error("CITY_ACCOUNT");
            throw err;
          }
        },
      }),
      ...(cfg.oidc ? [cityProvider(cfg.oidc)] : []),
    ],
    callbacks: {
      // A refused city sign-in goes back to the sign-in page, which says why.
      async signIn({ user }) {
        const refusal = (user as CityProfileUser).cityRefusal;
        return refusal ? `/signin?error=CITY_${refusal}` : true;
      },
      // Never off the site, however the callbackUrl is spelled (see safe-callback-url.ts).
      async redirect({ url, baseUrl }) {
        const origin = new URL(baseUrl).origin;
        return `${origin}${safeCallbackUrl(url, origin)}`;
      },
      // The session version is written at sign-in only: an old cookie can never bring
      // itself up to date (e.g. through next-auth's update()), it stays signed out.
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          token.at = Math.floor(Date.now() / 1000);
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
