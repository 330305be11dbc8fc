import { execFileSync } from "node:child_process";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres } from "../../server/embedded-postgres";

import { randomBytes } from "node:crypto";
import { withDatabase } from "../helpers/database-url";

/**
 * Finds a PostgreSQL server (TEST_DATABASE_URL, else DATABASE_URL, else an embedded one),
 * creates a template database with all migrations applied, and tells the workers where.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) {
    const handle = await startEmbeddedPostgres({
      dir: process.env.TEST_EMBEDDED_PG_DIR ?? ".data/pg-test",
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330),
      database: "postgres",
    });
    (globalThis as { __pestorTestPg?: typeof handle }).__pestorTestPg = handle;
    adminUrl = handle.adminUrl;
  }
  // Names unique to this run, so that several runs can share one server.
  const run = randomBytes(3).toString("hex");
  const TEMPLATE_DB = `pestor_tpl_${run}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Leftovers of runs killed more than an hour ago.
    const old = await admin.query<{ datname: string }>(
      `SELECT d.datname FROM pg_database d
        WHERE (d.datname LIKE 'pestor\\_t%' OR d.datname LIKE 'pestor\\_tpl\\_%')
          AND (pg_stat_file(format('base/%s/PG_VERSION', d.oid))).modification < now() - interval '1 hour'`,
    ).catch(() => ({ rows: [] as { datname: string }[] }));
    for (const { datname } of old.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DB);
  // Migrations are TypeScript files loaded by TypeORM at run time: ts-node does that, jest's
  // transform does not, so they run in a child process — the same code as `npm run db:migrate`.
  execFileSync(process.execPath, [require.resolve("ts-node/dist/bin"), path.resolve("scripts/migrate.ts")], {
    env: { ...process.env, DATABASE_URL: templateUrl, NODE_ENV: "test" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  process.env.PESTOR_TEST_ADMIN_URL = adminUrl;
  process.env.PESTOR_TEST_TEMPLATE = TEMPLATE_DB;
  process.env.PESTOR_TEST_RUN = run;
}
