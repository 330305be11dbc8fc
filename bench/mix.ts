import type autocannon from "autocannon";
import type { Client } from "pg";

/**
 * MIX: realistic read traffic. 200 distinct premises and marketplace searches drawn with a
 * Zipf-like popularity (the k-th most popular asked 1/k as often as the first), while an
 * official changes one premises and one notice every second — the same writes, in SQL, for
 * us and the floor. After each write the writer asks us the search that write changes and
 * compares our answer (count and the ids of the first page, in order) with the floor's,
 * which reads the database afresh: a difference is a stale answer. The floor runs the same
 * SQL as ours, without a cache.
 */

/** One autocannon measurement: throughput, latency percentiles (ms), failures. */
export interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}
type Cannon = (opts: autocannon.Options) => Promise<Measured>;

interface Search {
  ours: string;
  floorPath: string;
  floorBody: string;
}

const PREMISES_QUERY = `query($f: PremisesFilter) { premisesSearch(filter: $f, first: 20) { totalCount pageInfo { endCursor hasNextPage }
  edges { cursor node { id address district areaM2 monthlyRent rentPerM2 status stepFree } } } }`;
const NOTICES_QUERY = `query($f: EquipmentNoticeFilter) { equipmentNotices(filter: $f, first: 20) { totalCount edges { node { id kind title description status district } } } }`;

function premisesSearch(b: { areaMin: number; areaMax: number; rentMin: number; rentMax: number }): Search {
  return { ours: JSON.stringify({ query: PREMISES_QUERY, variables: { f: b } }), floorPath: "/q1", floorBody: JSON.stringify(b) };
}
function noticesSearch(kind: string, text: string): Search {
  return { ours: JSON.stringify({ query: NOTICES_QUERY, variables: { f: { kind, text } } }), floorPath: "/q4", floorBody: JSON.stringify({ kind, text }) };
}

/** A deterministic shuffle (the same order in every run). */
function shuffled<T>(xs: T[], seed = 7): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The 200 searches, most popular first: 150 premises bands and 50 marketplace words. */
export function mixSearches(): Search[] {
  const premises: Search[] = [];
  for (const areaMin of [20, 30, 40, 50, 60])
    for (const areaMax of [80, 100, 120, 150, 200])
      for (const rentMin of [0, 500, 1000]) for (const rentMax of [2000, 3000, 4000, 6000]) premises.push(premisesSearch({ areaMin, areaMax, rentMin, rentMax }));
  const notices: Search[] = [];
  for (const text of ["Rzutnik", "Namiot", "Stół", "Laptop", "Krzesła", "Regał", "Nagłośnienie", "Maszyna"])
    for (const kind of ["LEND", "GIVE_AWAY", "EXCHANGE", "WANTED"]) for (const suffix of ["", " 1", " 2"]) notices.push(noticesSearch(kind, text + suffix));
  // The most popular are the plain ones a person types first; the rest in a fixed order.
  const top = [premisesSearch({ areaMin: 40, areaMax: 120, rentMin: 500, rentMax: 3000 }), noticesSearch("LEND", "Rzutnik")];
  const rest = shuffled([...shuffled(premises).slice(0, 149), ...shuffled(notices).slice(0, 49)]);
  return [...top, ...rest];
}

/** A sampler of indexes 0..n-1 with P(k) ∝ 1/(k+1), from a fixed pseudo-random sequence. */
export function zipf(n: number, seed: number): () => number {
  const cdf: number[] = [];
  let sum = 0;
  for (let k = 0; k < n; k++) cdf.push((sum += 1 / (k + 1)));
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const u = (s / 2 ** 31) * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Page {
  totalCount: number;
  ids: string[];
}
async function ourPage(url: string, s: Search): Promise<Page> {
  const r = await (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: s.ours })).json();
  const conn = r.data.premisesSearch ?? r.data.equipmentNotices;
  return { totalCount: conn.totalCount, ids: conn.edges.map((e: { node: { id: string } }) => e.node.id) };
}
async function floorPage(url: string, s: Search): Promise<Page> {
  const r = await (await fetch(url + s.floorPath, { method: "POST", headers: { "content-type": "application/json" }, body: s.floorBody })).json();
  return { totalCount: r.data.totalCount, ids: r.data.edges.map((e: { id: string }) => e.id) };
}

/**
 * The MIX's writes: one premises in the most popular band moves out of it (its rent to
 * 5 000 zł, `away`) or back, one notice matching the most popular word loses the word or
 * gets it back.
 */
export async function mixWrites(data: Client): Promise<{ write: (away: boolean) => Promise<void> }> {
  const premises = (await data.query(`SELECT id, monthly_rent::float8 AS rent FROM premises WHERE area_m2 BETWEEN 40 AND 120 AND monthly_rent BETWEEN 500 AND 3000 AND status <> 'WITHDRAWN' ORDER BY monthly_rent, id LIMIT 1`)).rows[0];
  const notice = (await data.query(`SELECT id, title FROM equipment_notices WHERE kind = 'LEND' AND title LIKE 'Rzutnik%' AND status = 'AVAILABLE' ORDER BY created_at DESC, id DESC LIMIT 1`)).rows[0];
  return {
    async write(away) {
      await data.query(`UPDATE premises SET monthly_rent = $2 WHERE id = $1`, [premises.id, away ? 5000 : premises.rent]);
      await data.query(`UPDATE equipment_notices SET title = $2 WHERE id = $1`, [notice.id, away ? "Zabrany sprzęt" : notice.title]);
    },
  };
}

/**
 * Every second: the MIX's writes ({@link mixWrites}), one way and back; then both
 * searches are asked of us (`ourUrl`; null while the floor is measured) and of the floor and compared. Returns a stop function
 * that says how many checks were made and how many answers were stale.
 */
async function startWriter(data: Client, ourUrl: string | null, floorUrl: string, top: Search[]): Promise<() => Promise<{ checks: number; stale: number }>> {
  const writes = await mixWrites(data);
  let running = true;
  let checks = 0;
  let stale = 0;
  let flip = false;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      flip = !flip;
      await writes.write(flip);
      // The floor has no cache to be stale: it is only loaded with the same writes.
      for (const s of ourUrl ? top : []) {
        const [ours, fresh] = await Promise.all([ourPage(ourUrl!, s), floorPage(floorUrl, s)]);
        checks++;
        if (ours.totalCount !== fresh.totalCount || ours.ids.join() !== fresh.ids.join()) stale++;
      }
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - started))));
    }
  })();
  return async () => {
    running = false;
    await loop;
    // Put the data back as it was.
    await writes.write(false);
    return { checks, stale };
  };
}

export interface MixResult {
  searches: number;
  ours: Measured & { checks: number; stale: number };
  floor: Measured & { checks: number; stale: number };
  ratio: number;
  /** How the result cache answered during our run (bench/run.ts fills it from the app's metrics). */
  cacheAnswers?: string | null;
}

/** The MIX for us (`ourUrl`, /api/graphql) and the floor (`floorUrl`, its base), each with the writer running. */
export async function runMix(cannon: Cannon, data: Client, ourUrl: string, floorUrl: string, duration: number): Promise<MixResult> {
  const searches = mixSearches();
  const top = searches.slice(0, 2);
  const run = async (target: "ours" | "floor") => {
    const next = zipf(searches.length, 42);
    const request: autocannon.Request = {
      method: "POST",
      setupRequest: (req) => {
        const s = searches[next()];
        return target === "ours"
          ? { ...req, path: "/api/graphql", headers: { "content-type": "application/json" }, body: s.ours }
          : { ...req, path: s.floorPath, headers: { "content-type": "application/json" }, body: s.floorBody };
      },
    };
    const base = target === "ours" ? new URL(ourUrl).origin : floorUrl;
    await cannon({ url: base, requests: [request], duration: 3 }); // warm-up
    const stop = await startWriter(data, target === "ours" ? ourUrl : null, floorUrl, top);
    const measured = await cannon({ url: base, requests: [request], duration });
    const staleness = await stop();
    return { ...measured, ...staleness };
  };
  const ours = await run("ours");
  const floor = await run("floor");
  return { searches: searches.length, ours, floor, ratio: ours.rps / floor.rps };
}
