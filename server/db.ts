import "reflect-metadata";
import path from "node:path";
import { DataSource, type DataSourceOptions } from "typeorm";
import { entities } from "../entities";
import { config } from "./config";
import { replicaUrls, routeReadsToReplicas } from "./db-replica";
import { SnakeNamingStrategy } from "./naming-strategy";
import { statementWatcher } from "./response-cache";

/** Options shared by the app, the scripts and the tests. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
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
    // Counts the statements of a request whose whole answer may be kept (server/response-cache.ts).
    logger: statementWatcher,
    url,
    ...extra,
  } as DataSourceOptions;
}

/**
 * The app's DataSource. With read replicas: TypeORM's replication mode with the primary as
 * master and no slaves of its own — server/db-replica.ts decides, per request, which reads
 * go to a replica (anonymous reads only; everything else, the worker included, reads from
 * the primary). The scripts open {@link dataSourceOptions}: the primary only.
 */
export async function openAppDataSource(url: string, replicas: string[]): Promise<DataSource> {
  if (!replicas.length) return new DataSource(dataSourceOptions(url)).initialize();
  const options = { ...dataSourceOptions(url), replication: { master: { url }, slaves: [] } } as DataSourceOptions;
  const ds = await new DataSource(options).initialize();
  routeReadsToReplicas(ds, replicas, config().DB_POOL_SIZE);
  return ds;
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
    g.__pestorDb = openAppDataSource(url, replicaUrls(config().DATABASE_REPLICA_URLS)).catch((err) => {
      g.__pestorDb = undefined; // let the next request try again when the database is back
      throw err;
    });
  }
  return g.__pestorDb;
}
