import "reflect-metadata";
import { DataSource } from "typeorm";
import { dataSourceOptions, MIGRATIONS_GLOB } from "../server/db";

/**
 * For the TypeORM CLI only, e.g. a new migration from entity changes:
 *   DATABASE_URL=… npx typeorm-ts-node-commonjs migration:generate migrations/Name -d scripts/data-source.ts
 */
const dataSource = new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/pestor_dev", {
  migrations: [MIGRATIONS_GLOB],
}));

export default dataSource;
