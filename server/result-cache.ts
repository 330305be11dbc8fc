import { LRUCache } from "lru-cache";
import type { DataSource, EntityManager } from "typeorm";
import { config } from "./config";
import type { Job } from "./modules/module";
import { metrics } from "./metrics";
import { insideResultCache, usedCachedAnswer, type CachedUse } from "./response-cache";

// The statements over the kept changed rows (`rowsChanged`, `rowCounting`) are in result-cache-rows.ts.

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
 *
 * A domain that keeps its changed rows (premises: migration 1764101330000) lets an answer
 * outlive a version: when the version has moved, the last answer of the same question is
 * still exact if no row changed since — before or after its change — is one the question
 * selects (`changedSince`, the question's own WHERE run over those rows), one small
 * statement instead of the search and its count. An edit that moves one premises in or
 * out of a price band no longer throws away every other band's answer.
 *
 * A counted question (a search with an exact total, `counted`, migration 1764101362000)
 * goes further: its count is read together with the version it is exact at, and when kept
 * rows it selects did change, the new count is the old one plus, over those rows, +1 for
 * each row after a change and −1 for each row before one (`rowCounting`, one statement
 * that also tells whether anything it selects changed at all); only the page is read
 * again. Whatever cannot be judged row by row (`rows_from`) is computed afresh. After a write,
 * the first read that judges a counted question judges all the node's kept questions of its
 * domain in the same statement (`judgeTogether`), so a write costs one statement over the kept
 * rows per domain and node, not one per question.
 */

export type CacheDomain = "premises" | "notices";

/**
 * `until`: the database time (ms) from which the answer may be out of date; null = until the
 * next write. `count`: for a counted question, its count and the version it is exact at.
 */
type Entry = Promise<{ value: object; until: number | null; count?: CountAt }>;

/** A count of what a question selects, exact at `version` of its domain. */
export interface CountAt {
  n: number;
  version: string;
}

/** A count read afresh: for a question that depends on the clock, also the first moment (ms) after the clock it was read at when the clock may change it. */
type FreshCount = CountAt & { until: number | null };

/** What the kept rows after an answer's version say about it (see {@link rowCounting}); null: they cannot say. */
export interface RowChanges {
  /** The domain's version the statement read; the changes are all those up to it. */
  version: string;
  /** No kept row after the answer's version, before or after its change, is one the question selects. */
  untouched: boolean;
  /** The count at `version`, from the count at the version asked; null when the rows since then are not all kept. */
  count: number | null;
  /** For a question that depends on the clock: the first expiry (ms) after the clock asked of any kept row read; null: none. */
  next: number | null;
  /** For a question that depends on the clock: the last expiry (ms) at or before the clock asked of any kept row read; null: none (or not said). */
  last?: number | null;
}

/** How a question with an exact count keeps it over writes (see {@link cachedRead}). */
export interface Counting<T> {
  /** Counts what the question selects at the clock `asOf`, in one statement that also reads the version it is exact at (and the next expiry). */
  count: (asOf: Date) => Promise<FreshCount>;
  /** The changes after version `answer` (an answer's) and `count` (its count's, with `n`), judged at the clock `asOf`, in one statement. */
  changes: (answer: string, count: CountAt, asOf: Date) => Promise<RowChanges | null>;
  /** The answer with its count given: everything but the count is read. */
  answer: (count: () => Promise<number>, now: Date) => Promise<T>;
  /** How `changes` may be judged together with the domain's other kept questions of one table, in one statement ({@link rowCounting}). */
  judging?: Judging;
}

/** A question's conditions over the kept rows of one table, so that many questions are judged in one statement (see {@link judgeTogether}). */
export interface Judging {
  /** Questions of one group are read over the same kept rows: domain, table, alias and expiry. */
  group: string;
  /** Judges the changes of each item (its conditions `where`, the versions of its answer and count) at the clock `asOf`, in one statement; null each when the domain keeps no version. */
  judge: (items: JudgedItem[], asOf: Date) => Promise<(RowChanges | null)[]>;
  where: (param: (v: unknown) => string, asOf: Date) => string;
}

interface JudgedItem {
  where: Judging["where"];
  answer: string;
  count: CountAt;
}
const caches = new WeakMap<DataSource, LRUCache<string, Entry>>();

/** The newest answer of a question; `settled` once made, and a counted question's `judging`, so a write's first judgement can take it along. */
interface Newest {
  version: string;
  entry: Entry;
  judging?: Judging;
  settled?: Awaited<Entry>;
}
/** The newest answer of each question (domain, operation, arguments), whatever its version: what `changedSince` may carry over. */
const newest = new WeakMap<DataSource, LRUCache<string, Newest>>();

/** One cache per DataSource: per process in the app, per simulated node in tests. */
function cacheOf(db: DataSource): LRUCache<string, Entry> {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new LRUCache<string, Entry>({ max: 5000 })));
  return c;
}

function newestOf(db: DataSource): LRUCache<string, Newest> {
  let c = newest.get(db);
  if (!c) newest.set(db, (c = new LRUCache<string, Newest>({ max: 5000 })));
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

/** How a cached read may outlive its version (see {@link cachedRead}). */
type ReadOptions<T> = {
  /** Until when an answer of the clock `now` holds (not with `counted`, whose count reads it: `rowCounting`'s `expiry`). */
  validUntil?: (now: Date) => Promise<Date | null>;
  /** Whether a change after version `from` up to `to` may alter the answer (see {@link rowsChanged}). */
  changedSince?: (from: string, to: string) => Promise<boolean>;
  /** The answer's count kept over writes (with `changedSince`, which carrying kept bytes uses): `compute` serves only with the cache off. */
  counted?: Counting<T>;
};

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
  opts: ReadOptions<T> = {},
): Promise<T> {
  if (!config().resultCacheOn) return compute();
  // Its statements are the cache's own: a watched request (server/response-cache.ts) counts only the others.
  return insideResultCache(async () => {
    const { version, now } = await domainVersion(db, domain);
    const question = `${domain}:${operation}:${stableKey(args)}`;
    const key = `${domain}:${version}:${question}`;
    const { changedSince } = opts;
    // A counted question is carried by the step a read would take (its changes read once, and a moved answer kept for the read that follows).
    const step = opts.counted ? (to: string, at: Date) => answerAt(db, domain, question, to, at, compute, opts) : undefined;
    const useOf = (value: object): CachedUse | undefined => (changedSince ? { domain, question, value, changedSince, step } : undefined);
    const cache = cacheOf(db);
    const hit = cache.get(key);
    if (hit) {
      const answer = await hit;
      if (answer.until === null || now.getTime() < answer.until) {
        metrics().resultCache.inc({ domain, result: "hit" });
        usedCachedAnswer(domain, version, answer.until, useOf(answer.value));
        return answer.value as T;
      }
      if (cache.get(key) === hit) cache.delete(key);
    }
    const answer = await answerAt(db, domain, question, version, now, compute, opts);
    usedCachedAnswer(domain, version, answer.until, useOf(answer.value));
    return answer.value as T;
  });
}

/**
 * The answer of `question` at `version` and the clock `now`, after a miss: from the newest
 * earlier answer of the question when the kept rows tell how it changed, else computed; kept
 * under its version as it is made (concurrent misses share it). {@link cachedRead} and
 * {@link carryOver} both take this one step, so the kept rows are read once per version.
 */
function answerAt<T extends object>(db: DataSource, domain: CacheDomain, question: string, version: string, now: Date, compute: (now?: Date) => Promise<T>, opts: ReadOptions<T>): Entry {
  const cache = cacheOf(db);
  const key = `${domain}:${version}:${question}`;
  const prior = opts.changedSince ? newestOf(db).get(question) : undefined;
  const { counted } = opts;
  const pending: Entry = (async () => {
    if (prior && opts.changedSince && BigInt(prior.version) < BigInt(version)) {
      const answer = await prior.entry.catch(() => null);
      // Before its bound the clock has taken no row the answer selects off it (the bound is the
      // next expiry after the answer's clock), so the kept rows, judged at this read's clock, tell
      // everything that changed; at or after it, it is computed afresh.
      const inTime = !!answer && (answer.until === null || now.getTime() < answer.until);
      if (answer && inTime && counted) {
        const base = answer.count;
        const changes = !base ? null : counted.judging ? await judgeTogether(db, question, counted.judging, prior.version, base, now, version) : await counted.changes(prior.version, base, now);
        // Read up to the version this read started from at least, else the rows in between are not judged.
        if (changes && BigInt(changes.version) >= BigInt(version)) {
          if (changes.untouched) {
            metrics().resultCache.inc({ domain, result: "unchanged" });
            // Its count moves to the version read, so that it outlives the pruning of the rows before it. Its
            // bound stays: no kept row is selected at this clock, and time only takes rows off.
            return changes.count === null ? answer : { ...answer, count: { n: changes.count, version: changes.version } };
          }
          if (changes.count !== null) {
            metrics().resultCache.inc({ domain, result: "delta" });
            const n = changes.count;
            // A changed row may expire before the old bound: the new bound is the earlier of the two.
            return { value: await counted.answer(async () => n, now), until: earliest(answer.until, changes.next), count: { n, version: changes.version } };
          }
        }
      } else if (answer && inTime && !(await opts.changedSince(prior.version, version))) {
        // An answer with a time bound keeps it: no row it selects changed, so its next expiry did not either.
        metrics().resultCache.inc({ domain, result: "unchanged" });
        return answer;
      }
    }
    metrics().resultCache.inc({ domain, result: "miss" });
    if (counted) {
      const count = counted.count(now);
      const [value, c] = await Promise.all([counted.answer(async () => (await count).n, now), count]);
      return { value, until: c.until, count: { n: c.n, version: c.version } };
    }
    const [value, until] = await Promise.all([compute(now), opts.validUntil ? opts.validUntil(now) : null]);
    return { value, until: until ? until.getTime() : null };
  })();
  cache.set(key, pending);
  if (opts.changedSince && (!prior || BigInt(prior.version) <= BigInt(version))) {
    const made: Newest = { version, entry: pending, judging: counted?.judging };
    newestOf(db).set(question, made);
    pending.then((v) => (made.settled = v), () => undefined);
  }
  pending.catch(() => cache.get(key) === pending && cache.delete(key));
  return pending;
}

/** At most this many questions are judged in one statement (three columns each; PostgreSQL allows 1 664). */
const JUDGED_AT_ONCE = 400;

/** The last judgement of each group of questions (see {@link judgeTogether}), per node. */
interface Judgement {
  /** The version of the read that started it: the statement reads this one or a later one. */
  version: bigint;
  /** Each question judged, from its answer's and count's versions. */
  items: Map<string, { answer: string; count: CountAt }>;
  result: Promise<Map<string, RowChanges | null>>;
}
const judgements = new WeakMap<DataSource, Map<string, Judgement>>();

/**
 * The changes after `answer`'s version (and its count's) of `question`, as `Counting.changes`
 * says them, for a read of `version` at the clock `now`. The first such read after a write
 * judges, in the same statement, every other question of the group this node keeps an answer
 * of (settled, older than `version`, still in time), so the reads after it — of any question
 * of the domain — find their judgement made: one statement over the kept rows per write and
 * domain instead of one per question. A judgement is taken only as it was made: the same
 * answer and count versions, a read not newer than the version it started from (the statement
 * read at least that one, so no change the read must see is left out), and, for a question that
 * depends on the clock, no kept row expiring between the clock it was judged at and the read's
 * (`last` and `next`: the kept rows then select at the read's clock what they selected at the
 * judgement's; the rows not kept are the answer's own bound's business, checked by the caller).
 * Otherwise the question is judged alone.
 */
async function judgeTogether(db: DataSource, question: string, judging: Judging, answer: string, count: CountAt, now: Date, version: string): Promise<RowChanges | null> {
  const alone = async () => (await judging.judge([{ where: judging.where, answer, count }], now))[0];
  const byGroup = judgements.get(db) ?? new Map<string, Judgement>();
  judgements.set(db, byGroup);
  const last = byGroup.get(judging.group);
  if (last && BigInt(version) <= last.version) {
    const item = last.items.get(question);
    if (!item || item.answer !== answer || item.count.version !== count.version || item.count.n !== count.n) return alone();
    const judged = (await last.result.catch(() => null))?.get(question);
    const t = now.getTime();
    return judged && (judged.next === null || t < judged.next) && (judged.last == null || judged.last <= t) ? judged : alone();
  }
  const items = new Map([[question, { where: judging.where, answer, count }]]);
  for (const [q, n] of newestOf(db).entries()) {
    if (items.size >= JUDGED_AT_ONCE) break;
    const settled = n.settled;
    const inTime = settled && (settled.until === null || now.getTime() < settled.until);
    if (n.judging?.group === judging.group && settled?.count && inTime && BigInt(n.version) < BigInt(version) && !items.has(q)) {
      items.set(q, { where: n.judging.where, answer: n.version, count: settled.count });
    }
  }
  const questions = [...items.keys()];
  const result = judging.judge([...items.values()], now).then((all) => new Map(questions.map((q, i) => [q, all[i]])));
  const made: Judgement = { version: BigInt(version), items, result };
  byGroup.set(judging.group, made);
  result.catch(() => byGroup.get(judging.group) === made && byGroup.delete(judging.group));
  // Another search's failure is not this read's: it is judged alone then, as it was before.
  const all = await result.catch(() => null);
  return all ? (all.get(question) ?? null) : alone();
}

/** The earlier of two bounds (ms), null being none. */
function earliest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

/**
 * Forgets the kept changed rows older than `seconds` and moves each domain's `rows_from`
 * past their versions, so an answer from before them is computed again rather than judged
 * by rows that are gone. Every node runs it (a job); running it twice at once is harmless.
 */
export async function pruneChangeRows(db: DataSource, seconds = 600): Promise<void> {
  await db.query(
    `WITH gone AS (DELETE FROM cache_change_rows WHERE at < now() - make_interval(secs => $1) RETURNING domain, version)
     UPDATE cache_versions v SET rows_from = GREATEST(v.rows_from, g.version)
       FROM (SELECT domain, max(version) AS version FROM gone GROUP BY domain) g
      WHERE v.domain = g.domain`,
    [seconds],
  );
}

/** Ten minutes of changed rows are enough to carry answers over; older ones go. */
export const pruneChangeRowsJob: Job = { name: "result-cache.prune-change-rows", everySeconds: 300, run: (db) => pruneChangeRows(db) };

/**
 * Carries `use` — a cached answer a kept response was made of — over to version `to` of
 * its domain, as `cachedRead` would on a miss: true when the newest answer of its question
 * is still that very answer and no row changed since matches the question (the answer is
 * then also stored under `to`), false when it was computed anew or may have changed.
 */
export async function carryOver(db: DataSource, use: CachedUse, to: string, now: number): Promise<boolean> {
  const cache = cacheOf(db);
  const key = `${use.domain}:${to}:${use.question}`;
  const holds = (a: { value: object; until: number | null } | null) => !!a && a.value === use.value && (a.until === null || now < a.until);
  const atTo = cache.get(key);
  if (atTo) return holds(await atTo.catch(() => null));
  const prior = newestOf(db).get(use.question);
  if (!prior || BigInt(prior.version) >= BigInt(to)) return false;
  // A counted question takes the read's own step: when its count moved, the answer made here is the
  // one the execution that follows finds, rather than the execution reading the same kept rows again.
  if (use.step) return holds(await use.step(to, new Date(now)).catch(() => null));
  const answer = await prior.entry.catch(() => null);
  if (!answer || !holds(answer) || (await use.changedSince(prior.version, to))) return false;
  const carried: Entry = Promise.resolve(answer);
  cache.set(key, carried);
  if (BigInt(newestOf(db).get(use.question)?.version ?? "0") < BigInt(to)) newestOf(db).set(use.question, { version: to, entry: carried });
  metrics().resultCache.inc({ domain: use.domain, result: "unchanged" });
  return true;
}

/**
 * In an account's erasure: the kept changed rows hold what people wrote (a notice's
 * description, a name), so every kept row goes, this transaction keeps none of its own,
 * and every domain's `rows_from` moves to its version (older answers are computed again).
 */
export async function forgetChangedRows(em: EntityManager): Promise<void> {
  await em.query(`SELECT set_config('pestor.cache_rows_off', 'on', true)`);
  await em.query(`DELETE FROM cache_change_rows`);
  await em.query(`UPDATE cache_versions SET rows_from = version WHERE rows_from < version`);
}
