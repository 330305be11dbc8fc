import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { User } from "../entities/users";
import { createLoaders, type Loaders } from "./loaders";

export interface Context {
  db: DataSource;
  /** Loaded fresh on every request, so a role change applies at once. */
  user: User | null;
  loaders: Loaders;
  requestId: string;
  ip: string;
}

export async function buildContext(opts: {
  db: DataSource;
  userId?: string | null;
  requestId?: string;
  ip?: string;
}): Promise<Context> {
  const found = opts.userId ? await opts.db.getRepository(User).findOneBy({ id: opts.userId }) : null;
  // A deleted (anonymised) account is nobody: its old session cookies sign no one in.
  const user = found && !found.deletedAt ? found : null;
  return {
    db: opts.db,
    user,
    loaders: createLoaders(opts.db),
    requestId: opts.requestId ?? randomUUID(),
    ip: opts.ip ?? "unknown",
  };
}
