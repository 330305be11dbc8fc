import "reflect-metadata";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { Client } from "pg";
import { startEmbeddedPostgres } from "../server/embedded-postgres";
import { FULL, SMALL, generate, insertPremises } from "./data";
import { startFloor } from "./floor";
import { insertM1Trainings, m1Requests, sessionCookies } from "./m1";
import { groupRssMb, samplePeakRss } from "./memory";
import { runMix, type Measured, type MixResult } from "./mix";
import { firstLoadJs as weigh, publicPages } from "./pages";

/**
 * `npm run bench` — measures PES-TOR's main jobs against "the floor" (the same SQL by hand
 * behind a bare node:http server), in the same run, on the same machine. Prints and writes
 * bench/results/latest.{json,md}. It asserts nothing about time: machines are shared and noisy.
 *
 *   npm run bench -- --small        a tenth of the data (quick look)
 *   npm run bench -- --duration=20  seconds per measurement (default 10)
 *   npm run bench -- --growth=10000,100000,1000000  premises counts of the growth lines
 *                                   (default; --small: 10000,100000; --growth= skips them)
 *   npm run bench -- --only=mix     the MIX alone (no Q1–M1, pages or growth lines); writes
 *                                   bench/results/mix.{json,md} instead of latest.*
 *   npm run bench -- --only=Q3,M1   those of Q1–Q4 and M1 alone (cache off, no MIX, pages or
 *                                   growth lines); writes bench/results/only.{json,md}
 */
const args = process.argv.slice(2);
const small = args.includes("--small");
const duration = Number(args.find((a) => a.startsWith("--duration="))?.split("=")[1] ?? 10);
const growthArg = args.find((a) => a.startsWith("--growth="))?.split("=")[1];
const GROWTH = (growthArg ?? (small ? "10000,100000" : "10000,100000,1000000"))
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const onlyMix = args.includes("--only=mix");
/** `--only=Q3,M1`: the named operations of Q1–M1 alone (null: all of them, and the rest of the run). */
const onlyOps = (() => {
  const v = args.find((a) => a.startsWith("--only="))?.split("=")[1];
  return v && v !== "mix" ? new Set(v.split(",").map((id) => id.trim().toUpperCase())) : null;
})();
const CONNECTIONS = 20;
const POOL = 10;
/** Fixed by default so that runs compare; another session on the machine moves them with these. */
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3390);
const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? APP_PORT + 1);
const SECRET = "bench-secret-bench-secret-bench-secret-01";
const METRICS_TOKEN = "bench-metrics-token-0001";
const log = (m: string) => console.log(`[bench] ${m}`);

function cannon(opts: autocannon.Options): Promise<Measured> {
  return new Promise((resolve, reject) => {
    autocannon({ ...opts, connections: opts.connections ?? CONNECTIONS }, (err, r) => {
      if (err) return reject(err);
      resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx });
    });
  });
}

async function measure(url: string, body: string, headers: Record<string, string> = {}): Promise<Measured> {
  const base = { url, method: "POST" as const, body, headers: { "content-type": "application/json", ...headers } };
  await cannon({ ...base, duration: 3 }); // warm-up: JIT, pools, caches
  return cannon({ ...base, duration });
}

/**
 * Waits until no other backend of the data set's database has been busy for a quarter of a
 * second (10 s at most). After a load run, the server just measured still answers the
 * requests autocannon had in flight when it stopped; counted into the next window, the
 * floor's leftover statements were read as ours (Q3's "2.2 SQL/op" of the seventh step's run).
 */
async function databaseQuiet(admin: Client): Promise<void> {
  let quietSince = Date.now();
  for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) {
    const { rows } = await admin.query<{ busy: number }>(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE datname = 'pestor_bench' AND pid <> pg_backend_pid() AND state IS DISTINCT FROM 'idle'`,
    );
    if (rows[0].busy > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 250) return;
  }
}

async function statementsPerRequest(admin: Client, url: string, body: string, n = 20): Promise<number | null> {
  await databaseQuiet(admin);
  try {
    await admin.query("SELECT pg_stat_statements_reset()");
  } catch {
    return null; // pg_stat_statements is not loaded on this server
  }
  for (let i = 0; i < n; i++) {
    await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  }
  const { rows } = await admin.query(
    `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'pestor_bench')
        AND query NOT ILIKE '%pg_stat_statements%' AND query NOT IN ('BEGIN', 'COMMIT', 'ROLLBACK')`,
  );
  return Math.round((rows[0].calls / n) * 10) / 10;
}

function startApp(databaseUrl: string, resultCache: "on" | "off"): Promise<ChildProcess> {
  const child = spawn(process.execPath, [require.resolve("ts-node/dist/bin"), "scripts/start.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(APP_PORT),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: SECRET,
      RATE_LIMITS: "off",
      DB_POOL_SIZE: String(POOL),
      LOG_LEVEL: "warn",
      WORKER: "off",
      RESULT_CACHE: resultCache,
      METRICS_TOKEN,
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  return new Promise(async (resolve, reject) => {
    for (let i = 0; i < 240; i++) {
      if (child.exitCode !== null) return reject(new Error("the app exited"));
      try {
        if ((await fetch(`http://127.0.0.1:${APP_PORT}/api/health`)).ok) return resolve(child);
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    reject(new Error("the app did not start"));
  });
}

/** Stops the app's process group; once stopped, again is a no-op. */
function stopApp(app: ChildProcess): void {
  try {
    if (app.pid) process.kill(-app.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
}

/** The app's result cache counters (`domain:result` → count), from /api/metrics; null when they cannot be read. */
async function cacheCounters(): Promise<Map<string, number> | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${APP_PORT}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    if (!res.ok) return null;
    const counts = new Map<string, number>();
    for (const m of (await res.text()).matchAll(/^pestor_result_cache_total\{([^}]*)\} (\S+)$/gm)) {
      const labels = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
      counts.set(`${labels.domain}:${labels.result}`, Number(m[2]));
    }
    return counts;
  } catch {
    return null;
  }
}

/** How the result cache answered between two readings of its counters, e.g. "premises: 12 miss, 830 delta; …". */
function cacheAnswers(before: Map<string, number> | null, after: Map<string, number> | null): string | null {
  if (!before || !after) return null;
  const parts = new Map<string, string[]>();
  for (const [key, n] of after) {
    const d = n - (before.get(key) ?? 0);
    const [domain, result] = key.split(":");
    if (d > 0) parts.set(domain, [...(parts.get(domain) ?? []), `${d} ${result}`]);
  }
  return [...parts].map(([domain, rs]) => `${domain}: ${rs.join(", ")}`).join("; ");
}

async function ssrMedian(pagePath: string, n = 20): Promise<number> {
  await fetch(`http://127.0.0.1:${APP_PORT}${pagePath}`);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await (await fetch(`http://127.0.0.1:${APP_PORT}${pagePath}`)).text();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(n / 2)] * 10) / 10;
}

const gqlBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

const OPS = [
  {
    id: "Q1",
    what: "premisesSearch, area and rent bounds, first 20",
    ours: gqlBody(
      `query($f: PremisesFilter) { premisesSearch(filter: $f, first: 20) { totalCount pageInfo { endCursor hasNextPage }
         edges { cursor node { id address district areaM2 monthlyRent rentPerM2 status stepFree } } } }`,
      { f: { areaMin: 40, areaMax: 120, rentMin: 500, rentMax: 3000 } },
    ),
    floor: { path: "/q1", body: { areaMin: 40, areaMax: 120, rentMin: 500, rentMax: 3000 } },
  },
  {
    id: "Q2",
    what: "premisesSearch, same bounds + text and district",
    ours: gqlBody(
      `query($f: PremisesFilter) { premisesSearch(filter: $f, first: 20) { totalCount
         edges { node { id address district areaM2 monthlyRent rentPerM2 status stepFree } } } }`,
      { f: { areaMin: 40, areaMax: 120, rentMin: 500, rentMax: 3000, districts: ["Stare Miasto"], text: "Szeroka" } },
    ),
    floor: { path: "/q2", body: { areaMin: 40, areaMax: 120, rentMin: 500, rentMax: 3000, district: "Stare Miasto", text: "Szeroka" } },
  },
  {
    id: "Q3",
    what: "trainings, upcoming, with seats left, 20 per page",
    ours: gqlBody(`{ trainings(first: 20, upcoming: true) { totalCount edges { node { id title startsAt capacity seatsLeft confirmedCount waitlistCount } } } }`),
    floor: { path: "/q3", body: {} },
  },
  {
    id: "Q4",
    what: "marketplace: LEND notices matching a word, 20 per page",
    ours: gqlBody(
      `query($f: EquipmentNoticeFilter) { equipmentNotices(filter: $f, first: 20) { totalCount edges { node { id kind title description status district } } } }`,
      { f: { kind: "LEND", text: "Rzutnik" } },
    ),
    floor: { path: "/q4", body: { kind: "LEND", text: "Rzutnik" } },
  },
];

async function main() {
  const sizes = small ? SMALL : FULL;
  const started = Date.now();
  let adminUrl = process.env.BENCH_DATABASE_URL;
  let stopPg: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    const dir = ".data/pg-bench";
    rmSync(dir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({ dir, port: Number(process.env.BENCH_PG_PORT ?? 54350), database: "postgres" });
    adminUrl = pg.adminUrl;
    stopPg = pg.stop;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS pestor_bench WITH (FORCE)");
  await admin.query("CREATE DATABASE pestor_bench");
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = "/pestor_bench";
  log("migrating a fresh database …");
  execFileSync(process.execPath, [require.resolve("ts-node/dist/bin"), "scripts/migrate.ts"], {
    env: { ...process.env, DATABASE_URL: dbUrl.toString() },
    stdio: "inherit",
  });
  const data = new Client({ connectionString: dbUrl.toString() });
  await data.connect();
  await data.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").catch(() => log("pg_stat_statements unavailable: no statement counts"));
  log(`generating the data set (${small ? "small" : "full"}) …`);
  const t0 = Date.now();
  const ids = await generate(data, sizes, log);
  log(`data set ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const floorTrainings = await insertM1Trainings(data, "M1 floor", 5);

  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(distDir, "BUILD_ID")) || args.includes("--build")) {
    log("building the production app (next build) …");
    execFileSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit" });
  }
  // Q1–M1 measure the request path and the SQL: the result cache is off for them (on for MIX and the pages).
  let app = await startApp(dbUrl.toString(), onlyMix ? "on" : "off");
  const floor = await startFloor(dbUrl.toString(), FLOOR_PORT, POOL);
  let floorClosed = false;
  const ourUrl = `http://127.0.0.1:${APP_PORT}/api/graphql`;
  const floorUrl = (p: string) => `http://127.0.0.1:${FLOOR_PORT}${p}`;

  const results: Record<string, unknown>[] = [];
  const memory: Record<string, number | null> = { idleCacheOffMb: groupRssMb(app.pid!) };
  let stopSampling = samplePeakRss(app.pid!);
  try {
    if (onlyMix) {
      const before = await cacheCounters();
      const mix = await runMix(cannon, data, ourUrl, floorUrl(""), duration);
      mix.cacheAnswers = cacheAnswers(before, await cacheCounters());
      memory.peakMixMb = stopSampling();
      const md = [
        `MIX alone, ${small ? "small" : "full"} data set, ${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model}:`,
        "",
        `ours ${mix.ours.rps.toFixed(1)} req/s, p50/p99 ${mix.ours.p50}/${mix.ours.p99} ms, ${mix.ours.errors + mix.ours.non2xx} errors, stale ${mix.ours.stale} of ${mix.ours.checks}`,
        `floor ${mix.floor.rps.toFixed(1)} req/s, p50/p99 ${mix.floor.p50}/${mix.floor.p99} ms; ours/floor ${Math.round(mix.ratio * 100)} %`,
        `the result cache's answers during it (warm-up included): ${mix.cacheAnswers ?? "–"}`,
      ].join("\n");
      mkdirSync("bench/results", { recursive: true });
      writeFileSync("bench/results/mix.json", JSON.stringify({ mix, memory }, null, 2) + "\n");
      writeFileSync("bench/results/mix.md", md + "\n");
      console.log("\n" + md);
      return;
    }
    for (const op of OPS) {
      if (onlyOps && !onlyOps.has(op.id)) continue;
      log(`${op.id}: ${op.what}`);
      const probe = await (await fetch(ourUrl, { method: "POST", headers: { "content-type": "application/json" }, body: op.ours })).json();
      if (probe.errors) throw new Error(`${op.id} failed: ${JSON.stringify(probe.errors)}`);
      const ours = await measure(ourUrl, op.ours);
      const floorBody = JSON.stringify(op.floor.body);
      const bare = await measure(floorUrl(op.floor.path), floorBody);
      const oursStatements = await statementsPerRequest(data, ourUrl, op.ours);
      const floorStatements = await statementsPerRequest(data, floorUrl(op.floor.path), floorBody);
      results.push({ id: op.id, what: op.what, ours, floor: bare, ratio: ours.rps / bare.rps, oursStatements, floorStatements });
    }

    if (!onlyOps || onlyOps.has("M1")) {
      log("M1: registerForTraining by 500 different users on trainings with 50 seats");
      const cookies = await sessionCookies(ids.m1Users, SECRET);
      const ours = await cannon({
        url: ourUrl,
        amount: ids.m1Users.length,
        requests: m1Requests((n) => cookies[n % cookies.length], (n) => ids.m1Trainings[n % ids.m1Trainings.length]),
      });
      let j = 0;
      const bare = await cannon({
        url: floorUrl("/m1"),
        amount: ids.m1Users.length,
        requests: [
          {
            method: "POST",
            setupRequest: (req) => {
              const n = j++;
              return { ...req, headers: { "content-type": "application/json" }, body: JSON.stringify({ userId: ids.m1Users[n], trainingId: floorTrainings[n % 5] }) };
            },
          },
        ],
      });
      const seats = await data.query(
        `SELECT t.id, count(*) FILTER (WHERE r.status = 'CONFIRMED')::int AS confirmed, count(*) FILTER (WHERE r.status = 'WAITLISTED')::int AS waitlisted
           FROM trainings t JOIN registrations r ON r.training_id = t.id WHERE t.id = ANY($1) GROUP BY t.id`,
        [ids.m1Trainings],
      );
      const exact = seats.rows.length === ids.m1Trainings.length && seats.rows.every((r) => r.confirmed === 50 && r.waitlisted === 50);
      results.push({ id: "M1", what: "registerForTraining, 500 users, 50 seats each", ours, floor: bare, ratio: ours.rps / bare.rps, exactSeatCounts: exact });
    }
    if (onlyOps) {
      // The RSS sampler's interval would keep the process alive after the table is printed.
      memory.peakQ1toM1Mb = stopSampling();
      const f = (n: number) => (Math.round(n * 10) / 10).toString();
      const md = [
        `${[...onlyOps].join(", ")} alone, ${small ? "small" : "full"} data set, ${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model}, result cache off:`,
        "",
        "| op | ours req/s | floor req/s | ours/floor | ours p50/p99 ms | floor p50/p99 ms | SQL/op ours | SQL/op floor |",
        "|---|---|---|---|---|---|---|---|",
        ...results.map(
          (o: Record<string, any>) =>
            `| ${o.id}${o.exactSeatCounts === false ? " (SEAT COUNTS WRONG)" : ""} | ${f(o.ours.rps)} | ${f(o.floor.rps)} | ${Math.round(o.ratio * 100)} % | ${o.ours.p50}/${o.ours.p99} | ${o.floor.p50}/${o.floor.p99} | ${o.oursStatements ?? "–"} | ${o.floorStatements ?? "–"} |`,
        ),
      ].join("\n");
      mkdirSync("bench/results", { recursive: true });
      writeFileSync("bench/results/only.json", JSON.stringify({ operations: results, memory }, null, 2) + "\n");
      writeFileSync("bench/results/only.md", md + "\n");
      console.log("\n" + md);
      return;
    }

    log("MIX: 200 premises and marketplace searches, Zipf popularity, one premises and one notice changed every second");
    // The same build with the result cache on (its default), as the city would run it.
    memory.peakQ1toM1Mb = stopSampling();
    stopApp(app);
    await new Promise((r) => setTimeout(r, 2000));
    app = await startApp(dbUrl.toString(), "on");
    memory.idleCacheOnMb = groupRssMb(app.pid!);
    stopSampling = samplePeakRss(app.pid!);
    const counted = await cacheCounters();
    const mix = await runMix(cannon, data, ourUrl, floorUrl(""), duration);
    mix.cacheAnswers = cacheAnswers(counted, await cacheCounters());
    memory.peakMixMb = stopSampling();
    log(`memory (app, all its processes): idle ${memory.idleCacheOffMb} MiB, peak under Q1–M1 ${memory.peakQ1toM1Mb} MiB, peak under MIX with the cache ${memory.peakMixMb} MiB`);
    log(`MIX: ours ${mix.ours.rps.toFixed(1)} req/s (p99 ${mix.ours.p99} ms), floor ${mix.floor.rps.toFixed(1)} req/s, stale answers ${mix.ours.stale} of ${mix.ours.checks} checked`);

    // Server render: the three lists (premises also with filters); First Load JS: every public page.
    const rendered = ["/premises", "/premises?areaMin=40&areaMax=120&rentMin=500&rentMax=3000&districts=Mokre", "/trainings", "/news"];
    const { pages: weighed, unresolved } = await publicPages(distDir, data);
    if (unresolved.length) log(`pages without a sample row, not weighed: ${unresolved.join(", ")}`);
    const pages: Record<string, any>[] = [];
    for (const p of [...new Set([...rendered, ...weighed])]) {
      const status = (await fetch(`http://127.0.0.1:${APP_PORT}${p}`, { redirect: "manual" })).status;
      if (status !== 200) log(`${p}: HTTP ${status} without a session, not weighed`);
      else pages.push({ page: p, ssrMedianMs: rendered.includes(p) ? await ssrMedian(p) : null, firstLoadJsKb: await weigh(`http://127.0.0.1:${APP_PORT}`, p) });
    }
    const heaviest = pages.reduce((a, b) => (b.firstLoadJsKb > a.firstLoadJsKb ? b : a), pages[0]);
    log(`heaviest First Load JS of ${pages.length} public pages: ${heaviest?.page} ${heaviest?.firstLoadJsKb} kB`);

    // Growth: Q1 on a database holding nothing but n premises, n growing, cache off.
    stopApp(app);
    await floor.close();
    floorClosed = true;
    await new Promise((r) => setTimeout(r, 2000));
    const growth = GROWTH.length ? await growthLines(admin, adminUrl) : [];

    const machine = {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      date: new Date().toISOString(),
      dataSet: small ? "small" : "full",
      sizes,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    write({ machine, operations: results, mix, pages, memory, growth });
  } finally {
    if (!floorClosed) await floor.close();
    stopApp(app);
    await data.end();
    await admin.end();
    await new Promise((r) => setTimeout(r, 1500));
    await stopPg?.();
  }
}

interface GrowthLine {
  premises: number;
  ours: Measured;
  floor: Measured;
  ratio: number;
  peakRssMb: number | null;
}

/**
 * Q1 at each size of GROWTH on a fresh database of its own (premises only, grown in place,
 * VACUUM ANALYZE after each step), ours against the floor: the cost of growth in one line each.
 */
async function growthLines(admin: Client, adminUrl: string): Promise<GrowthLine[]> {
  await admin.query("DROP DATABASE IF EXISTS pestor_growth WITH (FORCE)");
  await admin.query("CREATE DATABASE pestor_growth");
  const url = new URL(adminUrl);
  url.pathname = "/pestor_growth";
  execFileSync(process.execPath, [require.resolve("ts-node/dist/bin"), "scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: url.toString() }, stdio: "inherit" });
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  await db.query("SELECT setseed(0.2014)");
  const app = await startApp(url.toString(), "off");
  const floor = await startFloor(url.toString(), FLOOR_PORT, POOL);
  const q1 = OPS[0];
  const lines: GrowthLine[] = [];
  try {
    let have = 0;
    for (const n of GROWTH) {
      log(`growth: ${n} premises …`);
      await insertPremises(db, n - have);
      have = n;
      await db.query("VACUUM ANALYZE premises");
      const stop = samplePeakRss(app.pid!);
      const ours = await measure(`http://127.0.0.1:${APP_PORT}/api/graphql`, q1.ours);
      const peakRssMb = stop();
      const bare = await measure(`http://127.0.0.1:${FLOOR_PORT}${q1.floor.path}`, JSON.stringify(q1.floor.body));
      lines.push({ premises: n, ours, floor: bare, ratio: ours.rps / bare.rps, peakRssMb });
      log(`growth: Q1 at ${n} premises: ours ${ours.rps.toFixed(1)} req/s p99 ${ours.p99} ms, floor ${bare.rps.toFixed(1)} req/s p99 ${bare.p99} ms`);
    }
  } finally {
    await floor.close();
    stopApp(app);
    await db.end();
    await new Promise((r) => setTimeout(r, 1500));
    await admin.query("DROP DATABASE IF EXISTS pestor_growth WITH (FORCE)");
  }
  return lines;
}

function write(out: {
  machine: Record<string, unknown>;
  operations: Record<string, any>[];
  mix: MixResult;
  pages: Record<string, any>[];
  memory: Record<string, number | null>;
  growth: GrowthLine[];
}) {
  mkdirSync("bench/results", { recursive: true });
  const f = (n: number) => (Math.round(n * 10) / 10).toString();
  const lines = [
    `Machine: ${out.machine.cpus} × ${out.machine.model}, ${out.machine.memoryGb} GiB, Node ${out.machine.node}; data set: ${out.machine.dataSet}; ${out.machine.date}`,
    "",
    "| op | what | ours req/s | floor req/s | ours/floor | ours p50/p99 ms | floor p50/p99 ms | SQL/op ours | SQL/op floor | errors |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...out.operations.map(
      (o) =>
        `| ${o.id} | ${o.what}${o.exactSeatCounts === undefined ? "" : o.exactSeatCounts ? " (seat counts exact)" : " (SEAT COUNTS WRONG)"} | ${f(o.ours.rps)} | ${f(o.floor.rps)} | ${Math.round(o.ratio * 100)} % | ${o.ours.p50}/${o.ours.p99} | ${o.floor.p50}/${o.floor.p99} | ${o.oursStatements ?? "–"} | ${o.floorStatements ?? "–"} | ${o.ours.errors + o.ours.non2xx} |`,
    ),
    "",
    `MIX (${out.mix.searches} searches, Zipf popularity, a premises and a notice changed every second; result cache on; Q1–M1 above ran with it off):`,
    "",
    "| | req/s | p50/p99 ms | errors | stale answers / checked |",
    "|---|---|---|---|---|",
    `| ours | ${f(out.mix.ours.rps)} | ${out.mix.ours.p50}/${out.mix.ours.p99} | ${out.mix.ours.errors + out.mix.ours.non2xx} | ${out.mix.ours.stale} / ${out.mix.ours.checks} |`,
    `| floor | ${f(out.mix.floor.rps)} | ${out.mix.floor.p50}/${out.mix.floor.p99} | ${out.mix.floor.errors + out.mix.floor.non2xx} | – |`,
    `| ours/floor | ${Math.round(out.mix.ratio * 100)} % | | | |`,
    "",
    ...(out.mix.cacheAnswers ? [`The result cache's answers during the MIX (warm-up included; miss = computed in full, delta = count kept, page read): ${out.mix.cacheAnswers}.`, ""] : []),
    `Memory of the app (all its processes, resident): idle ${out.memory.idleCacheOffMb ?? "–"} MiB; peak under Q1–M1 (cache off) ${out.memory.peakQ1toM1Mb ?? "–"} MiB; idle with the cache ${out.memory.idleCacheOnMb ?? "–"} MiB, peak under MIX ${out.memory.peakMixMb ?? "–"} MiB.`,
    "",
    ...(out.growth.length
      ? [
          "Growth: Q1 on a database of n premises (cache off):",
          "",
          "| premises | ours req/s | ours p50/p99 ms | floor req/s | floor p50/p99 ms | ours/floor | app peak RSS MiB |",
          "|---|---|---|---|---|---|---|",
          ...out.growth.map(
            (g) => `| ${g.premises.toLocaleString("en")} | ${f(g.ours.rps)} | ${g.ours.p50}/${g.ours.p99} | ${f(g.floor.rps)} | ${g.floor.p50}/${g.floor.p99} | ${Math.round(g.ratio * 100)} % | ${g.peakRssMb ?? "–"} |`,
          ),
          "",
        ]
      : []),
    "| page | server render median ms | First Load JS (gzip kB) |",
    "|---|---|---|",
    ...out.pages.map((p) => `| ${p.page} | ${p.ssrMedianMs ?? "–"} | ${p.firstLoadJsKb} |`),
  ];
  const md = lines.join("\n") + "\n";
  writeFileSync("bench/results/latest.json", JSON.stringify(out, null, 2) + "\n");
  writeFileSync("bench/results/latest.md", md);
  console.log("\n" + md);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
