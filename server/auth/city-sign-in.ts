import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { AccountType, ApprovalStatus, Role, User } from "../../entities/users";
import type { OidcConfig } from "../config";
import { logger } from "../logger";
import { isUniqueViolation } from "../db-errors";
import { endSessions } from "./session";

/** What the city's provider says about the person (ID token claims merged with userinfo). */
export type CityClaims = Record<string, unknown>;

export type CitySignIn =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number; role: Role } }
  | { ok: false; reason: CityRefusal };

/**
 * Why a city sign-in is refused; the sign-in page explains each (`?error=CITY_<reason>`).
 * - EMAIL_UNVERIFIED: the provider does not vouch for the address (no `email_verified`);
 * - SUBJECT_CONFLICT: the address belongs to an account linked to another city identity;
 * - INVALID_PROFILE: no subject or no usable address in the claims.
 */
export type CityRefusal = "EMAIL_UNVERIFIED" | "SUBJECT_CONFLICT" | "INVALID_PROFILE";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The staff role the provider's groups give: ADMIN over OFFICIAL; null = none. */
export function staffRoleFromClaims(claims: CityClaims, cfg: Pick<OidcConfig, "rolesClaim" | "adminGroups" | "officialGroups">): Role | null {
  const raw = claims[cfg.rolesClaim];
  // Keycloak and Entra ID send a list; some ADFS set-ups one string (space- or comma-separated).
  const groups = new Set(
    (Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[\s,]+/) : []).filter((g): g is string => typeof g === "string" && g !== ""),
  );
  if (cfg.adminGroups.some((g) => groups.has(g))) return Role.ADMIN;
  if (cfg.officialGroups.some((g) => groups.has(g))) return Role.OFFICIAL;
  return null;
}

function displayName(claims: CityClaims, email: string): string {
  const given = typeof claims.given_name === "string" ? claims.given_name : "";
  const family = typeof claims.family_name === "string" ? claims.family_name : "";
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name : `${given} ${family}`;
  return (name.trim() || email.split("@")[0]).slice(0, 120);
}

/**
 * The account of a person who signed in at the city's provider: found by the provider's
 * subject, else linked by its verified e-mail, else created — and its staff role set from
 * the groups on every sign-in, so that a group removed at the city takes the role away
 * here too. Non-staff accounts (PES, residents) keep the role they have.
 */
export async function cityAccount(db: DataSource, claims: CityClaims, cfg: OidcConfig): Promise<CitySignIn> {
  const subject = typeof claims.sub === "string" ? claims.sub.slice(0, 255) : "";
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!subject || email.length > 254 || !EMAIL.test(email)) return { ok: false, reason: "INVALID_PROFILE" };
  // Linking by an address the provider does not vouch for would hand over anyone's account.
  if (claims.email_verified !== true && !cfg.trustEmail) return { ok: false, reason: "EMAIL_UNVERIFIED" };
  const staffRole = staffRoleFromClaims(claims, cfg);
  try {
    return await signIn(db, subject, email, claims, staffRole);
  } catch (err) {
    // Two first sign-ins at once (two tabs, a double click): the second finds the account the first made.
    if (!isUniqueViolation(err)) throw err;
    return signIn(db, subject, email, claims, staffRole);
  }
}

function signIn(db: DataSource, subject: string, email: string, claims: CityClaims, staffRole: Role | null): Promise<CitySignIn> {
  return db.transaction(async (em) => {
    const users = em.getRepository(User);
    // The account with its subject (a hidden column), locked for the rest of the sign-in.
    const lockedWhere = (where: string, params: Record<string, string>) =>
      users.createQueryBuilder("u").addSelect("u.oidcSubject").where(where, params).setLock("pessimistic_write").getOne();
    const bySubject = await lockedWhere("u.oidcSubject = :subject", { subject });
    let user = bySubject;
    if (!user) {
      const byEmail = await lockedWhere("u.email = :email AND u.deletedAt IS NULL", { email });
      if (byEmail?.oidcSubject) return { ok: false as const, reason: "SUBJECT_CONFLICT" as const };
      user = byEmail;
    }
    if (user?.deletedAt) return { ok: false as const, reason: "INVALID_PROFILE" as const };

    if (!user) {
      user = await users.save(
        users.create({
          email,
          name: displayName(claims, email),
          // Not a bcrypt hash: no password ever matches it; this account signs in at the city.
          passwordHash: `!city-${randomUUID()}`,
          oidcSubject: subject,
          role: staffRole ?? Role.RESIDENT,
          accountType: staffRole ? AccountType.OFFICIAL : AccountType.RESIDENT,
          approvalStatus: staffRole ? ApprovalStatus.APPROVED : ApprovalStatus.NONE,
          emailVerified: true,
        }),
      );
      logger.info({ userId: user.id, role: user.role }, "city sign-in created an account");
      return { ok: true as const, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
    }

    const wasStaff = user.role === Role.ADMIN || user.role === Role.OFFICIAL;
    // Staff roles are the city's to give: without a staff group a former official becomes a resident.
    const role = staffRole ?? (wasStaff ? Role.RESIDENT : user.role);
    // The e-mail stays as it is: a changed address at the city could be another account's here.
    const changes: Partial<User> = { oidcSubject: subject, emailVerified: true };
    if (role !== user.role) {
      changes.role = role;
      if (staffRole) Object.assign(changes, { accountType: AccountType.OFFICIAL, approvalStatus: ApprovalStatus.APPROVED });
    }
    await users.update(user.id, changes);
    let sessionVersion = user.sessionVersion;
    // As when an admin changes a role: the account's other sessions end with the old role.
    if (role !== user.role) {
      sessionVersion = await endSessions(em, user.id);
      logger.info({ userId: user.id, from: user.role, to: role }, "city sign-in changed the role");
    }
    return { ok: true as const, user: { id: user.id, email: user.email, name: user.name, role, sessionVersion } };
  });
}
