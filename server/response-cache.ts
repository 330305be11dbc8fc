import { AsyncLocalStorage } from "node:async_hooks";
import { LRUCache } from "lru-cache";
import type { DataSource, Logger } from "typeorm";
import { config } from "./config";
import { readFromReplica, withReadRoute } from "./db-replica";
import { metrics } from "./metrics";
import { carryOver, type CacheDomain } from "./result-cache";

/*
 * Whole answers of anonymous /api/graphql requests, kept as the bytes sent (RESULT_CACHE).
 * An answer is kept only when everything its execution read came from the result cache
 * (server/result-cache.ts): the execution is watched — every SQL statement of the request
 * outside `cachedRead` counts (through the DataSource's logger), and each cached read
 * records its domain, version and time bound. Zero other statements means the answer is a
 * function of those cached answers alone (the viewer is nobody). The same request later is
 * answered with those bytes, without parsing or executing anything, when one lookup finds
 * every domain still at its version and the database clock before every bound — exactly
 * when executing it again would have read the same cached answers.
 */

interface Dependency {
  domain: CacheDomain;
  version: string;
  /** Database time (ms) from which the answer may be out of date; null = until a write. */
  until: number | null;
}

/** One cached answer a request used, and how to tell whether it still holds at a later version (see `carryOver`). */
export interface CachedUse {
  domain: CacheDomain;
  question: string;
  value: object;
  changedSince: (from: string, to: string) => Promise<boolean>;
  /** For a counted question: the answer at version `to` and clock `now` as a read would make it (and keep it), from the kept rows when they tell. */
  step?: (to: string, now: Date) => Promise<{ value: object; until: number | null }>;
}

interface Watch {
  /** Statements sent outside the result cache. */
  reads: number;
  deps: Map<CacheDomain, Dependency>;
  /** The cached answers used, where each can be carried over a version; a domain in `fixed` had one that cannot. */
  uses: CachedUse[];
  fixed: Set<CacheDomain>;
  /** The same domain seen at two versions (a write between two reads of one request). */
  mixed: boolean;
}

const watching = new AsyncLocalStorage<{ watch: Watch; inCache: boolean }>();

/** The DataSource's logger: counts the statements of a watched request (TypeORM calls it for every query, logging or not). */
export const statementWatcher: Logger = {
  logQuery() {
    const s = watching.getStore();
    if (s && !s.inCache) s.watch.reads++;
  },
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

/** Runs the result cache's own statements (version, answer, bound) without counting them. */
export function insideResultCache<T>(fn: () => Promise<T>): Promise<T> {
  const s = watching.getStore();
  return s ? watching.run({ watch: s.watch, inCache: true }, fn) : fn();
}

/** A cached answer this request used (`use`: how it may outlive its version; none: it cannot). */
export function usedCachedAnswer(domain: CacheDomain, version: string, until: number | null, use?: CachedUse): void {
  const s = watching.getStore();
  if (!s) return;
  if (use) s.watch.uses.push(use);
  else s.watch.fixed.add(domain);
  const seen = s.watch.deps.get(domain);
  if (seen && seen.version !== version) s.watch.mixed = true;
  const bound = seen?.until == null ? until : until == null ? seen.until : Math.min(seen.until, until);
  s.watch.deps.set(domain, { domain, version, until: bound });
}

interface Kept {
  deps: Dependency[];
  uses: CachedUse[];
  fixed: Set<CacheDomain>;
  body: string;
  contentType: string;
}

const kept = new WeakMap<DataSource, LRUCache<string, Kept>>();
function keptOf(db: DataSource): LRUCache<string, Kept> {
  let c = kept.get(db);
  if (!c) kept.set(db, (c = new LRUCache<string, Kept>({ max: 5000, maxSize: 64 * 1024 * 1024, sizeCalculation: (k) => k.body.length + 1 })));
  return c;
}

/** The kept answer of `key` if executing it now would give the same bytes; otherwise null. */
export async function keptAnswer(db: DataSource, key: string): Promise<Kept | null> {
  if (!config().resultCacheOn) return null;
  const entry = keptOf(db).get(key);
  if (!entry) return null;
  // Read where the request's own reads would go: an anonymous query reads from a replica.
  const rows = await withReadRoute(async () => {
    readFromReplica();
    return db
      .createQueryBuilder()
      .select("v.domain", "domain")
      .addSelect("v.version", "version")
      .addSelect("now()", "now")
      .from("cache_versions", "v")
      .where("v.domain IN (:...domains)", { domains: entry.deps.map((d) => d.domain) })
      .getRawMany<{ domain: string; version: string; now: Date }>();
  });
  const current = new Map(rows.map((r) => [r.domain, String(r.version)]));
  const now = rows[0]?.now?.getTime() ?? Date.now();
  const inTime = entry.deps.every((d) => d.until === null || now < d.until);
  const moved = entry.deps.filter((d) => current.get(d.domain) !== d.version);
  let valid = inTime && moved.length === 0;
  let result = valid ? "hit" : "miss";
  // A domain has moved on: the bytes still hold if every cached answer they were made of
  // carries over to its new version (no changed row matches its question), as the result
  // cache would judge it on executing the request again.
  if (inTime && moved.length && moved.every((d) => !entry.fixed.has(d.domain) && current.has(d.domain))) {
    const uses = entry.uses.filter((u) => moved.some((d) => d.domain === u.domain));
    const carried = await withReadRoute(async () => {
      readFromReplica();
      for (const u of uses) if (!(await carryOver(db, u, current.get(u.domain)!, now))) return false;
      return true;
    });
    if (carried) {
      for (const d of moved) d.version = current.get(d.domain)!;
      valid = true;
      result = "carried";
    }
  }
  metrics().resultCache.inc({ domain: "response", result });
  if (!valid) keptOf(db).delete(key);
  return valid ? entry : null;
}

/**
 * Runs `execute` watched; keeps its answer under `key` when it read nothing but cached
 * answers and succeeded without errors.
 */
export async function watchAndKeep<R extends { status: number; body: string; headers: Headers }>(db: DataSource, key: string, execute: () => Promise<R>): Promise<R> {
  if (!config().resultCacheOn) return execute();
  const watch: Watch = { reads: 0, deps: new Map(), mixed: false, uses: [], fixed: new Set() };
  const res = await watching.run({ watch, inCache: false }, execute);
  if (res.status === 200 && watch.reads === 0 && watch.deps.size > 0 && !watch.mixed && res.body.startsWith('{"data":') && !res.body.includes('"errors":')) {
    keptOf(db).set(key, { deps: [...watch.deps.values()], uses: watch.uses, fixed: watch.fixed, body: res.body, contentType: res.headers.get("content-type") ?? "application/json" });
  }
  return res;
}
