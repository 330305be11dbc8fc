import { Client } from "pg";

/** Drops this run's databases and stops the embedded server if this run started one. */
export default async function globalTeardown(): Promise<void> {
  const run = process.env.PESTOR_TEST_RUN;
  if (run && process.env.PESTOR_TEST_ADMIN_URL) {
    const admin = new Client({ connectionString: process.env.PESTOR_TEST_ADMIN_URL });
    await admin.connect();
    try {
      const dbs = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2",
        [`pestor\\_t${run}\\_%`, `pestor_tpl_${run}`],
      );
      for (const { datname } of dbs.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  const handle = (globalThis as { __pestorTestPg?: { stop(): Promise<void> } }).__pestorTestPg;
  await handle?.stop();
}
