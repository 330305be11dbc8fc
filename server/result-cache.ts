import { LRUCache } from "lru-cache";
import type { DataSource } from "typeorm";
import { config } from "./config";
import { metrics } from "./metrics";

/*
 * Exact answers from memory for public searches (RESULT_CACHE, on by default outside
 * tests). Each domain has a version in `cache_versions`, bumped by a deferred trigger in
 * the same transaction as any write to its tables — the API, an import, a job or plain SQL
 * alike (migration 1764101060000). A cached read first reads that version (one primary-key
 * lookup) and keys its answer by it, so a read that starts after a write has committed
 * reads the new version and never an older answer, on any app node; answers of older
 * versions simply age out of the LRU. The version is read the way the answer is (a query
 * builder SELECT, so from a replica exactly when the answer is), never newer than the data.
 *
 * Only answers that depend on nothing but their arguments and the domain's tables may be
 * cached: not the viewer, not the clock (`now()` in a filter — notices' expiry, demands'
 * deadlines — would need a key on time as well, so the marketplace is not cached).
 */

export type CacheDomain = "premises";

type Entry = Promise<object>;
const caches = new WeakMap<DataSource, LRUCache<string, Entry>>();

/** One cache per DataSource: per process in the app, per simulated node in tests. */
function cacheOf(db: DataSource): LRUCache<string, Entry> {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new LRUCache<string, Entry>({ max: 5000 })));
  return c;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` make one key. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The committed version of a domain's data, read where the cached answer would be read. */
export async function domainVersion(db: DataSource, domain: CacheDomain): Promise<string> {
  const row = await db
    .createQueryBuilder()
    .select("v.version", "version")
    .from("cache_versions", "v")
    .where("v.domain = :domain", { domain })
    .getRawOne<{ version: string }>();
  return row?.version ?? "none";
}

/**
 * `compute()` once per (domain version, operation, arguments) and process; concurrent
 * misses of one key share one computation. A failure is not kept.
 */
export async function cachedRead<T extends object>(db: DataSource, domain: CacheDomain, operation: string, args: unknown, compute: () => Promise<T>): Promise<T> {
  if (!config().resultCacheOn) return compute();
  const key = `${domain}:${await domainVersion(db, domain)}:${operation}:${stableKey(args)}`;
  const cache = cacheOf(db);
  const hit = cache.get(key);
  metrics().resultCache.inc({ domain, result: hit ? "hit" : "miss" });
  if (hit) return hit as Promise<T>;
  const pending = compute();
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  return pending;
}
