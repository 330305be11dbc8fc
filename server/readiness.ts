import { readdir } from "node:fs/promises";
import path from "node:path";
import type { DataSource } from "typeorm";

/**
 * Readiness of this node for the load balancer: the database answers and every migration
 * in migrations/ is applied. While a new version's migrations are pending (another node
 * runs them at its start), this node says "not ready" instead of serving a schema it
 * does not know.
 */
export interface Readiness {
  ready: boolean;
  database: boolean;
  pendingMigrations: string[] | null;
}

const MIGRATION_FILE = /^(\d{13})-([A-Za-z0-9_]+)\.(ts|js)$/;

/** The migrations shipped with this version, as `<timestamp>-<Name>`. */
export async function shippedMigrations(dir = path.join(process.cwd(), "migrations")): Promise<{ timestamp: number; name: string }[]> {
  const files = await readdir(dir).catch(() => [] as string[]);
  return files.flatMap((f) => {
    const m = MIGRATION_FILE.exec(f);
    return m ? [{ timestamp: Number(m[1]), name: `${m[1]}-${m[2]}` }] : [];
  });
}

/** Shipped migrations whose timestamp is not in the `migrations` table. */
export async function pendingMigrations(db: DataSource, dir?: string): Promise<string[]> {
  const rows: { timestamp: string }[] = await db.query(`SELECT "timestamp" FROM "migrations"`).catch(() => []);
  const applied = new Set(rows.map((r) => Number(r.timestamp)));
  return (await shippedMigrations(dir)).filter((m) => !applied.has(m.timestamp)).map((m) => m.name);
}

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms).unref())]);

export async function readiness(db: () => Promise<DataSource>): Promise<Readiness> {
  let ds: DataSource;
  try {
    ds = await within(db(), 2000);
    await within(ds.query("SELECT 1"), 2000);
  } catch {
    return { ready: false, database: false, pendingMigrations: null };
  }
  const pending = await within(pendingMigrations(ds), 2000).catch(() => null);
  return { ready: pending !== null && pending.length === 0, database: true, pendingMigrations: pending };
}
