import { AsyncLocalStorage } from "node:async_hooks";
import { Pool, type PoolClient } from "pg";
import type { DataSource } from "typeorm";
import { logger } from "./logger";

/*
 * Where reads go when read replicas are configured (DATABASE_REPLICA_URLS).
 *
 * The rule (README, Running in production): a read goes to a replica only inside a request
 * that asked for it — an anonymous GraphQL query, or a page rendered for nobody signed in.
 * Everything else reads from the primary: mutations, everything a signed-in person asks
 * (so their own writes are always read back, whatever the replica's lag), the session
 * check, raw SQL and transactions, the worker and the scripts. A replica that cannot be
 * reached is left alone for a while and its reads go to the primary instead.
 *
 * TypeORM asks its driver for a "slave" connection for every SELECT built by the entity
 * manager or a query builder outside a transaction; the driver's `obtainSlaveConnection`
 * is the one place replaced here. The replica pools are our own and lazy: a replica that is
 * away when the app starts does not keep the app from starting.
 */

interface ReadRoute {
  replica: boolean;
}
const g = globalThis as { __pestorReadRoute?: AsyncLocalStorage<ReadRoute> };
const route: AsyncLocalStorage<ReadRoute> = (g.__pestorReadRoute ??= new AsyncLocalStorage<ReadRoute>());

/** Runs one request; its reads go to the primary until {@link readFromReplica} is called in it. */
export function withReadRoute<T>(fn: () => Promise<T>): Promise<T> {
  return route.run({ replica: false }, fn);
}

/** From here on the current request's reads may go to a replica (anonymous reads only). */
export function readFromReplica(): void {
  const r = route.getStore();
  if (r) r.replica = true;
}

/** How long a replica that failed is left alone before it is tried again. */
export const REPLICA_RETRY_MS = 10_000;

export function replicaUrls(list: string | undefined): string[] {
  return (list ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The two methods of TypeORM's PostgresDriver that hand out pooled connections. */
interface ConnectionSource {
  obtainMasterConnection(): Promise<[unknown, (err?: Error) => void]>;
  obtainSlaveConnection(): Promise<[unknown, (err?: Error) => void]>;
}

class Replica {
  readonly pool: Pool;
  private downUntil = 0;

  constructor(
    readonly url: string,
    poolSize: number,
  ) {
    this.pool = new Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 3000, application_name: "pestor-replica-read" });
    // An idle connection dropped by a stopping replica must not crash the process.
    this.pool.on("error", (err) => this.failed(err));
  }

  get up(): boolean {
    return Date.now() >= this.downUntil;
  }

  failed(err: unknown): void {
    if (this.up) logger.warn({ replica: new URL(this.url).host, err: String(err) }, "read replica unreachable: its reads go to the primary");
    this.downUntil = Date.now() + REPLICA_RETRY_MS;
  }
}

/**
 * Sends the reads of requests that asked for it ({@link readFromReplica}) to `urls`, and
 * everything else to the primary. The DataSource must have been opened with
 * `replication: { master: { url }, slaves: [] }` (see getDataSource in server/db.ts).
 */
export function routeReadsToReplicas(ds: DataSource, urls: string[], poolSize: number): void {
  const replicas = urls.map((u) => new Replica(u, poolSize));
  const driver = ds.driver as unknown as ConnectionSource;
  const primary = () => driver.obtainMasterConnection();
  driver.obtainSlaveConnection = async () => {
    const live = route.getStore()?.replica ? replicas.filter((r) => r.up) : [];
    if (!live.length) return primary();
    const replica = live[Math.floor(Math.random() * live.length)];
    let client: PoolClient;
    try {
      client = await replica.pool.connect();
    } catch (err) {
      replica.failed(err);
      return primary();
    }
    // TypeORM passes an error only when the connection itself broke (not for a failed query).
    return [client, (err?: Error) => {
      if (err) replica.failed(err);
      client.release(err);
    }];
  };
  const destroy = ds.destroy.bind(ds);
  ds.destroy = async () => {
    await destroy();
    await Promise.all(replicas.map((r) => r.pool.end()));
  };
}
