import { LRUCache } from "lru-cache";
import type { DataSource } from "typeorm";
import { config } from "./config";
import { metrics } from "./metrics";
import { insideResultCache, usedCachedAnswer } from "./response-cache";

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
 * cached: not the viewer. An answer that depends on the clock too (listed notices: unexpired
 * ones only) says until when it holds: `validUntil(now)` gives the first moment after `now`
 * at which the clock changes what it selects (the next expiry); the answer is served only
 * to reads whose database clock is still before that, and computed afresh after.
 */

export type CacheDomain = "premises" | "notices";

/** `until`: the database time (ms) from which the answer may be out of date; null = until the next write. */
type Entry = Promise<{ value: object; until: number | null }>;
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

/** The committed version of a domain's data and the database's clock, read where the cached answer would be read. */
export async function domainVersion(db: DataSource, domain: CacheDomain): Promise<{ version: string; now: Date }> {
  const row = await db
    .createQueryBuilder()
    .select("v.version", "version")
    .addSelect("now()", "now")
    .from("cache_versions", "v")
    .where("v.domain = :domain", { domain })
    .getRawOne<{ version: string; now: Date }>();
  return { version: row?.version ?? "none", now: row?.now ?? new Date() };
}

/**
 * `compute(now)` once per (domain version, operation, arguments) and process — and, with
 * `validUntil`, per stretch of time in which the clock changes nothing (`now` is the
 * database's clock read with the version: an answer that depends on time is of that
 * moment); concurrent misses of one key share one computation. A failure is not kept.
 */
export async function cachedRead<T extends object>(
  db: DataSource,
  domain: CacheDomain,
  operation: string,
  args: unknown,
  compute: (now?: Date) => Promise<T>,
  opts: { validUntil?: (now: Date) => Promise<Date | null> } = {},
): Promise<T> {
  if (!config().resultCacheOn) return compute();
  // Its statements are the cache's own: a watched request (server/response-cache.ts) counts only the others.
  return insideResultCache(async () => {
    const { version, now } = await domainVersion(db, domain);
    const key = `${domain}:${version}:${operation}:${stableKey(args)}`;
    const cache = cacheOf(db);
    const hit = cache.get(key);
    if (hit) {
      const answer = await hit;
      if (answer.until === null || now.getTime() < answer.until) {
        metrics().resultCache.inc({ domain, result: "hit" });
        usedCachedAnswer(domain, version, answer.until);
        return answer.value as T;
      }
      if (cache.get(key) === hit) cache.delete(key);
    }
    metrics().resultCache.inc({ domain, result: "miss" });
    const pending: Entry = Promise.all([compute(now), opts.validUntil ? opts.validUntil(now) : null]).then(([value, until]) => ({
      value,
      until: until ? until.getTime() : null,
    }));
    cache.set(key, pending);
    pending.catch(() => cache.get(key) === pending && cache.delete(key));
    const answer = await pending;
    usedCachedAnswer(domain, version, answer.until);
    return answer.value as T;
  });
}
