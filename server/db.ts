import "reflect-metadata";
import path from "node:path";
import { DataSource, type DataSourceOptions } from "typeorm";
import { entities } from "../entities";
import { config } from "./config";
import { SnakeNamingStrategy } from "./naming-strategy";

/** Options shared by the app, the scripts and the tests. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  const replicas = (config().DATABASE_REPLICA_URLS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const base = {
    type: "postgres" as const,
    entities,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: "migrations",
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are created by migrations.
    uuidExtension: "pgcrypto" as const,
    installExtensions: false,
    // Migrations are TypeScript loaded at run time: only the scripts (under ts-node) ask for
    // them with MIGRATIONS_GLOB; the Next.js server never loads them.
    migrations: [] as string[],
    extra: { max: config().DB_POOL_SIZE, connectionTimeoutMillis: 5000 },
    logging: false,
  };
  if (replicas.length) {
    // Reads done through `manager` without an explicit query runner go to replicas.
    return {
      ...base,
      replication: {
        master: { url },
        slaves: replicas.map((r) => ({ url: r })),
      },
      ...extra,
    } as DataSourceOptions;
  }
  return { ...base, url, ...extra } as DataSourceOptions;
}

export const MIGRATIONS_GLOB = path.join(process.cwd(), "migrations", "*.{ts,js}");

type Holder = { __pestorDb?: Promise<DataSource> };

/**
 * The app's DataSource: one per process (kept on globalThis so that hot reload in
 * development does not open a new pool on every edit).
 */
export function getDataSource(): Promise<DataSource> {
  const g = globalThis as Holder;
  if (!g.__pestorDb) {
    const url = config().DATABASE_URL;
    if (!url) {
      return Promise.reject(
        new Error("DATABASE_URL is not set. Start the app with `npm run dev` (it starts an embedded PostgreSQL) or set DATABASE_URL."),
      );
    }
    g.__pestorDb = new DataSource(dataSourceOptions(url))
      .initialize()
      .catch((err) => {
        g.__pestorDb = undefined; // let the next request try again when the database is back
        throw err;
      });
  }
  return g.__pestorDb;
}
