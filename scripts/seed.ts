import "reflect-metadata";
import { DataSource } from "typeorm";
import { dataSourceOptions } from "../server/db";
import { seed } from "../server/seed";
import { runWithDatabase } from "./cli";
import { migrate } from "./migrate";

/** Migrates, then writes the demo data that is not there yet. */
export async function migrateAndSeed(url: string, log: (s: string) => void): Promise<void> {
  const applied = await migrate(url);
  if (applied.length) log(`Migrations applied: ${applied.join(", ")}`);
  const ds = await new DataSource(dataSourceOptions(url, { extra: { max: 2 } })).initialize();
  try {
    await seed(ds, { demoPassword: process.env.DEMO_PASSWORD ?? "pestor-demo", log });
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  runWithDatabase((url) => migrateAndSeed(url, console.log));
}
