import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { User } from "../entities/users";
import { sessionUser, type SessionClaims } from "./auth/session";
import { createLoaders, type Loaders } from "./loaders";

export interface Context {
  db: DataSource;
  /** Loaded fresh on every request, so a role change applies at once. */
  user: User | null;
  loaders: Loaders;
  requestId: string;
  ip: string;
  /**
   * Filled by an operation that ended the account's other sessions but must keep this one
   * (changePassword): the HTTP route re-issues this request's session cookie with the
   * new version. Requests without a cookie (server components, tests) ignore it. An
   * object, not a field: Apollo runs each operation on a shallow copy of the context.
   */
  keepSession: { sessionVersion?: number };
}

export async function buildContext(opts: {
  db: DataSource;
  /** An account already vouched for (by the next-auth session callback, or a test). */
  userId?: string | null;
  /** The claims of a request's session cookie, checked by {@link sessionUser}. */
  session?: SessionClaims | null;
  requestId?: string;
  ip?: string;
}): Promise<Context> {
  const found =
    opts.session !== undefined
      ? await sessionUser(opts.db, opts.session)
      : opts.userId
        ? await opts.db.getRepository(User).findOneBy({ id: opts.userId })
        : null;
  // A deleted (anonymised) account is nobody: its old session cookies sign no one in.
  const user = found && !found.deletedAt ? found : null;
  return {
    db: opts.db,
    user,
    loaders: createLoaders(opts.db),
    requestId: opts.requestId ?? randomUUID(),
    ip: opts.ip ?? "unknown",
    keepSession: {},
  };
}
