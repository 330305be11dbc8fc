import "reflect-metadata";
import { Client } from "pg";
import { FULL, SMALL } from "./data";
import { startFloor } from "./floor";
import { inProcess, runMain } from "./in-process";
import { mixSearches, mixWrites, zipf } from "./mix";
import { benchDatabase } from "./profile-db";

/**
 * `npx ts-node bench/mix-cost.ts [--small] [--reuse] [--rounds=20] [--per-round=400] [--check-rounds=10]`
 *
 * The MIX counted rather than timed: in-process, result cache on, no HTTP and no floor. In
 * each round the MIX's writes change one premises and one notice (`mixWrites`), then
 * `--per-round` requests drawn from the MIX's 200 searches with its Zipf popularity go
 * through `serveGraphQLHttp`, 20 at a time. It prints how the result cache answered them
 * (per domain: hit, unchanged, delta, miss; kept bytes: hit, carried, miss) — a miss is a
 * search computed in full, count and all — and the database's work per request (buffers
 * and rows, from pg_stat_database; the statements the app sent, and those over the kept
 * changed rows), which depend on the code, not on the machine's load;
 * and the wall time per request, which does. Its database is
 * `pestor_mixcost` on $MIX_DATABASE_URL (an admin URL; default the local PostgreSQL),
 * made with the bench's data set (full unless `--small`) unless `--reuse`; $MIX_DATABASE
 * names another, so two sessions on one server do not drop each other's.
 *
 * After the counted rounds, `--check-rounds` more (not counted) check the answers: after each
 * write, while that round's requests run, the two searches the writes change and ten drawn
 * ones are asked through the cache and of the floor (bench/floor.ts, on $MIX_FLOOR_PORT,
 * default 3392), which reads afresh; no other write lands meanwhile, so any difference is a
 * stale answer.
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const rounds = Number(arg("rounds", "20"));
const perRound = Number(arg("per-round", "400"));
const checkRounds = Number(arg("check-rounds", "10"));
const log = (m: string) => console.error(`[mix-cost] ${m}`);

async function main() {
  const url = await benchDatabase({ env: "MIX", name: "pestor_mixcost", reuse: args.includes("--reuse"), sizes: args.includes("--small") ? SMALL : FULL, analyze: true, log });
  process.env.DATABASE_URL = url;
  process.env.RESULT_CACHE = "on";
  process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-01";
  process.env.LOG_LEVEL ??= "warn";
  const { getDataSource } = await import("../server/db");
  const { metrics } = await import("../server/metrics");
  const db = await getDataSource();
  const { serve, run: runEach } = await inProcess(db);
  // The app's statements, counted where TypeORM logs each one (raw SQL too): those that read the kept changed rows apart.
  const sent = { all: 0, keptRows: 0 };
  const logQuery = db.logger.logQuery.bind(db.logger);
  db.logger.logQuery = (query, parameters, runner) => {
    sent.all++;
    if (query.includes("cache_change_rows")) sent.keptRows++;
    return logQuery(query, parameters, runner);
  };
  const data = new Client({ connectionString: url });
  await data.connect();
  const writes = await mixWrites(data);
  const searches = mixSearches();
  const next = zipf(searches.length, 42);

  const latencies: number[] = [];
  const byDomain: Record<string, number[]> = { premises: [], notices: [] };
  const one = async () => {
    const body = searches[next()].ours;
    const domain = body.includes("premisesSearch") ? "premises" : "notices";
    const t = performance.now();
    await serve(body);
    latencies.push(performance.now() - t);
    byDomain[domain].push(performance.now() - t);
  };
  const run = (count: number) => runEach(count, one);
  const counters = async () => {
    const m = new Map<string, number>();
    for (const v of (await metrics().resultCache.get()).values) m.set(`${v.labels.domain}:${v.labels.result}`, v.value);
    return m;
  };

  // The database's work, from its own statistics (buffers read or hit, rows returned by scans): the machine's load does not change it.
  const work = async () => {
    // A backend reports its statistics when idle, at most every 10 s.
    await new Promise((r) => setTimeout(r, 11_000));
    const row = (await data.query(`SELECT blks_hit + blks_read AS buffers, tup_returned + tup_fetched AS tuples FROM pg_stat_database WHERE datname = current_database()`)).rows[0];
    return { buffers: Number(row.buffers), tuples: Number(row.tuples) };
  };

  log(`warm-up: ${perRound * 2} requests without writes`);
  await run(perRound * 2);
  latencies.length = 0;
  for (const l of Object.values(byDomain)) l.length = 0;
  const before = await counters();
  const workBefore = await work();
  const sentBefore = { ...sent };
  const t = performance.now();
  try {
    for (let r = 0; r < rounds; r++) {
      await writes.write(r % 2 === 0);
      await run(perRound);
    }
  } finally {
    await writes.write(false);
  }
  const wall = performance.now() - t;
  const sentDuring = { all: sent.all - sentBefore.all, keptRows: sent.keptRows - sentBefore.keptRows };
  const after = await counters();
  const workAfter = await work();
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]?.toFixed(1);
  const lines = [
    `${rounds} rounds of a write (one premises, one notice) and ${perRound} requests: ${latencies.length} requests, ${(latencies.length / (wall / 1000)).toFixed(0)} req/s in-process, p50 ${pct(latencies, 0.5)} ms, p99 ${pct(latencies, 0.99)} ms`,
    `- the database: ${((workAfter.buffers - workBefore.buffers) / latencies.length).toFixed(0)} buffers and ${((workAfter.tuples - workBefore.tuples) / latencies.length).toFixed(0)} rows per request (its statistics)`,
    `- the app sent ${sentDuring.all} statements (${(sentDuring.all / latencies.length).toFixed(2)} a request), ${sentDuring.keptRows} of them over the kept changed rows (${(sentDuring.keptRows / rounds).toFixed(1)} a write)`,
    ...Object.entries(byDomain).map(([d, xs]) => `- ${d} searches: ${xs.length}, p50 ${pct(xs, 0.5)} ms, p99 ${pct(xs, 0.99)} ms`),
    "",
    "| domain | hit | unchanged | delta | carried | miss (computed in full) | miss per write |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const domain of ["premises", "notices", "response"]) {
    const d = (result: string) => (after.get(`${domain}:${result}`) ?? 0) - (before.get(`${domain}:${result}`) ?? 0);
    lines.push(`| ${domain} | ${d("hit")} | ${d("unchanged")} | ${d("delta")} | ${d("carried")} | ${d("miss")} | ${(d("miss") / rounds).toFixed(1)} |`);
  }
  console.log(lines.join("\n"));

  if (checkRounds > 0) {
    const port = Number(process.env.MIX_FLOOR_PORT ?? 3392);
    const floor = await startFloor(url, port, 4);
    const page = (conn: { totalCount: number; edges: { node?: { id: string }; id?: string }[] }) => `${conn.totalCount}:${conn.edges.map((e) => e.node?.id ?? e.id).join()}`;
    let checks = 0;
    const stale: string[] = [];
    const check = async (s: (typeof searches)[number]) => {
      const ours = JSON.parse(await serve(s.ours)).data;
      const fresh = (await (await fetch(`http://127.0.0.1:${port}${s.floorPath}`, { method: "POST", headers: { "content-type": "application/json" }, body: s.floorBody })).json()).data;
      checks++;
      if (page(ours.premisesSearch ?? ours.equipmentNotices) !== page(fresh)) stale.push(s.ours);
    };
    try {
      for (let r = 0; r < checkRounds; r++) {
        await writes.write(r % 2 === 0);
        const sample = [searches[0], searches[1], ...Array.from({ length: 10 }, () => searches[next()])];
        const checked = (async () => {
          for (const s of sample) await check(s);
        })();
        await Promise.all([run(perRound), checked]);
      }
    } finally {
      await writes.write(false);
      await floor.close();
    }
    console.log(`\nexactness: ${checks} answers checked against the floor after ${checkRounds} writes, while requests ran: ${stale.length} stale`);
    for (const s of stale.slice(0, 5)) console.log(`- stale: ${s}`);
  }
  await data.end();
  await db.destroy();
}

runMain(main);
