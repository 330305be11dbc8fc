import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { DataSource } from "typeorm";
import { dataSourceOptions } from "../../server/db";
import { withDatabase } from "./database-url";

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: process.env.PESTOR_TEST_ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export interface TestDb {
  ds: DataSource;
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, cloned from the migrated template: real PostgreSQL,
 * real migrations, nobody else's rows.
 */
export async function createTestDb(opts: { poolSize?: number } = {}): Promise<TestDb> {
  const name = `pestor_t${process.env.PESTOR_TEST_RUN}_${randomBytes(5).toString("hex")}`;
  // CREATE DATABASE … TEMPLATE fails while another session is copying the same template.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${process.env.PESTOR_TEST_TEMPLATE}"`));
      break;
    } catch (err) {
      if (attempt > 50 || !/being accessed by other users/.test(String((err as Error).message))) throw err;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const url = withDatabase(process.env.PESTOR_TEST_ADMIN_URL!, name);
  const ds = await new DataSource(dataSourceOptions(url, { extra: { max: opts.poolSize ?? 10 } })).initialize();
  return {
    ds,
    url,
    name,
    async drop() {
      await ds.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
