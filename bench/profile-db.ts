import { execFileSync } from "node:child_process";
import { Client } from "pg";
import { SMALL, generate } from "./data";

/**
 * The database of the profiling tools (bench/profile.ts, bench/request-cost.ts):
 * `pestor_profile` on $PROFILE_DATABASE_URL (an admin URL; default the local PostgreSQL),
 * migrated, with the small bench data set — made again unless `reuse` (then only migrated).
 * $PROFILE_DATABASE names another database, so two people profiling on one server do not
 * drop each other's.
 */
export async function profileDatabase(reuse: boolean, log: (m: string) => void): Promise<string> {
  const adminUrl = process.env.PROFILE_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const url = new URL(adminUrl);
  const name = process.env.PROFILE_DATABASE ?? "pestor_profile";
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`PROFILE_DATABASE: not a plain database name: ${name}`);
  url.pathname = `/${name}`;
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  const fresh = !exists || !reuse;
  if (fresh) {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  await admin.end();
  execFileSync(process.execPath, [require.resolve("ts-node/dist/bin"), "scripts/migrate.ts"], {
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: "inherit",
  });
  if (fresh) {
    const c = new Client({ connectionString: url.toString() });
    await c.connect();
    await generate(c, SMALL, log);
    await c.end();
  }
  return url.toString();
}
