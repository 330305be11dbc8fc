import { execFileSync } from "node:child_process";
import { Client } from "pg";
import { SMALL, generate } from "./data";

/**
 * The database of the profiling tools (bench/profile.ts, bench/request-cost.ts):
 * `pestor_profile` on $PROFILE_DATABASE_URL (an admin URL; default the local PostgreSQL),
 * migrated, with the small bench data set — made again unless `reuse` (then only migrated).
 */
export async function profileDatabase(reuse: boolean, log: (m: string) => void): Promise<string> {
  const adminUrl = process.env.PROFILE_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const url = new URL(adminUrl);
  url.pathname = "/pestor_profile";
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = 'pestor_profile'")).rowCount;
  const fresh = !exists || !reuse;
  if (fresh) {
    await admin.query("DROP DATABASE IF EXISTS pestor_profile WITH (FORCE)");
    await admin.query("CREATE DATABASE pestor_profile");
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
