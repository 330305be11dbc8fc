import { EntityManager, type DataSource } from "typeorm";
import { User } from "../../entities/users";
import { isUuid } from "../ids";
import { rowAsEntity, selectList } from "../modules/loading";
import { config } from "../config";

/** What a session cookie (next-auth JWT) says about its holder. */
export interface SessionClaims {
  sub?: string | null;
  /** The account's session version when the cookie was issued; cookies from before this rule have none (= 0). */
  sv?: unknown;
  /** Sign-in time, epoch seconds (cookies from before this rule have none). */
  at?: unknown;
}

/**
 * The one place that decides whether a session cookie still stands for its account: the
 * next-auth `session` callback (pages) and the GraphQL context (API) both ask it. A cookie
 * issued before the account's session version was raised (password reset or change, role
 * change) counts as signed out.
 */
export async function sessionUser(db: DataSource | EntityManager, claims: SessionClaims | null | undefined): Promise<User | null> {
  const id = claims?.sub;
  if (!isUuid(id)) return null;
  // Every request with a cookie asks this: its SQL is written once, not built each time.
  const ds = db instanceof EntityManager ? db.connection : db;
  const rows: Record<string, unknown>[] = await db.query(`SELECT ${selectList(ds, User, "u", ["oidcSubject"])} FROM users u WHERE u.id = $1`, [id]);
  const user = rows[0] ? rowAsEntity(ds, User, rows[0]) : null;
  // A deleted (anonymised) account is nobody, whatever its cookie says.
  if (!user || user.deletedAt) return null;
  const version = typeof claims?.sv === "number" ? claims.sv : 0;
  if (user.sessionVersion !== version) return null;
  // A city account's roles are re-read from the city's groups at each sign-in, so its
  // sessions are short: a group removed at the city is gone here within that time.
  if (user.oidcSubject) {
    const at = typeof claims?.at === "number" ? claims.at : 0;
    if (Date.now() / 1000 - at > config().OIDC_SESSION_HOURS * 3600) return null;
  }
  delete (user as Partial<User>).oidcSubject;
  return user;
}

/** Ends every session of the account at once; returns the new version. */
export async function endSessions(em: EntityManager, userId: string): Promise<number> {
  const result = await em
    .createQueryBuilder()
    .update(User)
    .set({ sessionVersion: () => "session_version + 1" })
    .where("id = :userId", { userId })
    .returning("session_version AS v")
    .execute();
  return Number((result.raw as { v: number }[])[0]?.v ?? 0);
}
