import { execFileSync } from "node:child_process";
import { Client } from "pg";
import { SMALL, generate, type Sizes } from "./data";

/**
 * A bench tool's own database, `name` on the admin URL in $<env>_DATABASE_URL (default the
 * local PostgreSQL) unless $<env>_DATABASE names another, so two sessions on one server do
 * not drop each other's: migrated, and made again with the data set `sizes` unless `reuse`
 * finds it (then only migrated). `analyze` runs VACUUM ANALYZE over a data set just made.
 */
export async function benchDatabase(o: { env: string; name: string; reuse: boolean; sizes: Sizes; analyze?: boolean; log: (m: string) => void }): Promise<string> {
  const adminUrl = process.env[`${o.env}_DATABASE_URL`] ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const url = new URL(adminUrl);
  const name = process.env[`${o.env}_DATABASE`] ?? o.name;
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`${o.env}_DATABASE: not a plain database name: ${name}`);
  url.pathname = `/${name}`;
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  const fresh = !exists || !o.reuse;
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
    const t = Date.now();
    await generate(c, o.sizes, o.log);
    if (o.analyze) await c.query("VACUUM ANALYZE");
    o.log(`data set ready in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    await c.end();
  }
  return url.toString();
}

/**
 * The database of the profiling tools (bench/profile.ts, bench/request-cost.ts):
 * `pestor_profile` on $PROFILE_DATABASE_URL, with the small bench data set; $PROFILE_DATABASE
 * names another ({@link benchDatabase}).
 */
export function profileDatabase(reuse: boolean, log: (m: string) => void): Promise<string> {
  return benchDatabase({ env: "PROFILE", name: "pestor_profile", reuse, sizes: SMALL, log });
}
