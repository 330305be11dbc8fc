import "reflect-metadata";
import { DataSource } from "typeorm";
import { dataSourceOptions, MIGRATIONS_GLOB } from "../server/db";
import { runWithDatabase } from "./cli";

/** Applies pending migrations to `url`; returns the names applied. */
export async function migrate(url: string): Promise<string[]> {
  const ds = await new DataSource(dataSourceOptions(url, { extra: { max: 2 }, migrations: [MIGRATIONS_GLOB] })).initialize();
  // Several nodes starting at once: one migrates, the others wait and then find nothing to do.
  const lock = ds.createQueryRunner();
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock(hashtext('pestor-migrate'))");
    const applied = await ds.runMigrations({ transaction: "each" });
    return applied.map((m) => m.name);
  } finally {
    await lock.query("SELECT pg_advisory_unlock(hashtext('pestor-migrate'))").catch(() => {});
    await lock.release();
    await ds.destroy();
  }
}

if (require.main === module) {
  runWithDatabase(async (url) => {
    const applied = await migrate(url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database schema is up to date");
  });
}
