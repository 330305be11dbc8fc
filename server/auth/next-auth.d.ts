import type { Role } from "../../entities/users";

declare module "next-auth" {
  interface Session {
    user?: { id: string; email: string; name: string; role: Role; emailVerified: boolean };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The account's session version when this cookie was issued (server/auth/session.ts). */
    sv?: number;
    /** When the person signed in (epoch seconds): a city account's session lasts OIDC_SESSION_HOURS from it. */
    at?: number;
  }
}
