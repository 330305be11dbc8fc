import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { Client } from "pg";
import { insertM1Trainings, m1Requests, sessionCookies } from "./m1";

/**
 * `npx ts-node bench/ab.ts --a=.next-base --b=.next [--rounds=4]` — two production builds
 * side by side on one database (`pestor_profile`, made by bench/profile.ts), measured in
 * alternation (a, b, a, b …) so that both meet the same load of a shared machine: Q3
 * throughput, M1 (500 registrations per round), and the server render of /premises with
 * and without filters. Prints medians over the rounds. Asserts nothing.
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const builds = { a: arg("a", ".next-base"), b: arg("b", ".next") };
const rounds = Number(arg("rounds", "4"));
const SECRET = "bench-secret-bench-secret-bench-secret-01";
const DB = (process.env.PROFILE_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres").replace(/\/[^/]*$/, "/pestor_profile");
const PORTS = { a: 3116, b: 3115 };
const Q3 = JSON.stringify({ query: `{ trainings(first: 20, upcoming: true) { totalCount edges { node { id title startsAt capacity seatsLeft confirmedCount waitlistCount } } } }` });
const PAGES = ["/premises?areaMin=40&areaMax=120&rentMin=500&rentMax=3000&districts=Mokre", "/premises"];

async function start(dist: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [require.resolve("ts-node/dist/bin"), "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), NODE_ENV: "production", NEXT_DIST_DIR: dist, DATABASE_URL: DB, NEXTAUTH_SECRET: SECRET, RATE_LIMITS: "off", DB_POOL_SIZE: "10", LOG_LEVEL: "warn", WORKER: "off" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${dist} did not start`);
}

const cannon = (opts: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) => autocannon({ connections: 20, ...opts }, (e, r) => (e ? reject(e) : resolve(r))));
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

async function renderMs(port: number, page: string): Promise<number> {
  const t = performance.now();
  await (await fetch(`http://127.0.0.1:${port}${page}`)).text();
  return performance.now() - t;
}

async function main() {
  const db = new Client({ connectionString: DB });
  await db.connect();
  const users = (await db.query<{ id: string }>("SELECT id FROM users WHERE email LIKE 'm1-%' ORDER BY email")).rows.map((r) => r.id);
  const cookies = await sessionCookies(users, SECRET);
  const apps = { a: await start(builds.a, PORTS.a), b: await start(builds.b, PORTS.b) };
  const out: Record<"a" | "b", Record<string, number[]>> = { a: {}, b: {} };
  const put = (k: "a" | "b", what: string, v: number) => (out[k][what] ??= []).push(v);
  try {
    for (let r = 0; r < rounds + 1; r++) {
      for (const k of (r % 2 ? ["b", "a"] : ["a", "b"]) as ("a" | "b")[]) {
        const url = `http://127.0.0.1:${PORTS[k]}/api/graphql`;
        const q3 = await cannon({ url, method: "POST", body: Q3, headers: { "content-type": "application/json" }, duration: 5 });
        const [training] = await insertM1Trainings(db, `M1 ab ${k}${r}`, 1);
        const m1 = await cannon({ url, amount: users.length, requests: m1Requests((n) => cookies[n % cookies.length], () => training) });
        const renders = PAGES.map(() => [] as number[]);
        for (let i = 0; i < 10; i++) for (const [j, p] of PAGES.entries()) renders[j].push(await renderMs(PORTS[k], p));
        if (r === 0) continue; // warm-up round
        put(k, "Q3 req/s", q3.requests.average);
        put(k, "Q3 p99 ms", q3.latency.p99);
        put(k, "M1 req/s", m1.requests.average);
        put(k, "M1 p99 ms", m1.latency.p99);
        PAGES.forEach((p, j) => put(k, `render ${p.includes("?") ? "/premises with filters" : "/premises"} ms`, median(renders[j])));
      }
    }
    console.log(`| median of ${rounds} rounds | a: ${builds.a} | b: ${builds.b} |\n|---|---|---|`);
    for (const what of Object.keys(out.a)) console.log(`| ${what} | ${Math.round(median(out.a[what]))} | ${Math.round(median(out.b[what]))} |`);
  } finally {
    for (const app of Object.values(apps)) process.kill(-app.pid!, "SIGTERM");
    await db.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
