import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { Client } from "pg";
import { inProcess, runMain } from "./in-process";
import { profileDatabase } from "./profile-db";
import { M1_QUERY, insertM1Trainings, sessionCookies } from "./m1";

/**
 * `npx ts-node bench/request-cost.ts [--op=Q3|Q1|P|M1] [--n=3000] [--reuse] [--profile=file.cpuprofile]`
 *
 * The CPU one request costs the server code, without HTTP, Next.js or the load generator
 * in the way: calls `serveGraphQLHttp` (what both doors of /api/graphql call) 20 at a
 * time, result cache off (M1: the bench's 500 users registering, each for new trainings of
 * 50 seats), and prints the app process's CPU per request (user + system,
 * from process.cpuUsage) and the wall time. The database's own CPU is not in it (another
 * process), so this isolates what the request path costs; read it against itself, before
 * and after a change, on the same machine. P is the data of /premises with the bench's
 * filters (its search and facets), as the page asks for it.
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const op = arg("op", "Q3");
const n = Number(arg("n", "3000"));

const PAGE_FILTER = `{ areaMin: 40, areaMax: 120, rentMin: 500, rentMax: 3000, districts: ["Mokre"] }`;
const DOCS: Record<string, string> = {
  Q3: `{ trainings(first: 20, upcoming: true) { totalCount edges { node { id title startsAt capacity seatsLeft confirmedCount waitlistCount } } } }`,
  Q1: `{ premisesSearch(filter: { areaMin: 40, areaMax: 120, rentMin: 500, rentMax: 3000 }, first: 20) { totalCount pageInfo { endCursor hasNextPage }
    edges { cursor node { id address district areaM2 monthlyRent rentPerM2 status stepFree } } } }`,
  // What /premises asks with the bench's filters (app/premises/page.tsx): the page and its facets.
  P: `{ premisesSearch(filter: ${PAGE_FILTER}, first: 20) { totalCount pageInfo { endCursor hasNextPage }
    edges { node { id address district areaM2 monthlyRent rentPerM2 status stepFree preferentialRent floor latitude longitude photos { thumbUrl alt } } } }
    premisesFacets(filter: ${PAGE_FILTER}) { totalCount districts { district count } areaMin areaMax rentMin rentMax rentHistogram { from to count } } }`,
};

/** The n-th M1 request: user n % 500 registers for a training of its own round (each user once per training). */
async function m1Requests(url: string): Promise<(n: number) => { body: string; cookie: string }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const users = (await c.query<{ id: string }>(`SELECT id FROM users WHERE email LIKE 'm1-%' ORDER BY email`)).rows.map((r) => r.id);
  const trainings = await insertM1Trainings(c, `Probe ${Date.now()}`, 60);
  await c.end();
  const cookies = await sessionCookies(users, process.env.NEXTAUTH_SECRET!);
  return (n) => ({
    body: JSON.stringify({ query: M1_QUERY, variables: { t: trainings[Math.floor(n / users.length) % trainings.length] } }),
    cookie: cookies[n % users.length],
  });
}

async function main() {
  const url = await profileDatabase(args.includes("--reuse"), (m) => console.error(`[data] ${m}`));
  process.env.DATABASE_URL = url;
  process.env.RESULT_CACHE = "off";
  process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-01";
  process.env.LOG_LEVEL ??= "info";
  const { getDataSource } = await import("../server/db");
  const db = await getDataSource();
  const m1 = op === "M1" ? await m1Requests(url) : null;
  const { serve, run: runEach } = await inProcess(db);
  let sent = 0;
  const one = async () => {
    const { body, cookie } = m1 ? m1(sent++) : { body: JSON.stringify({ query: DOCS[op] }), cookie: "" };
    await serve(body, cookie);
  };
  const run = (count: number) => runEach(count, one);
  await run(500); // warm-up: JIT, pool, Apollo's document cache
  const profileTo = arg("profile", "");
  const session = profileTo ? new Session() : null;
  if (session) {
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
  }
  for (let round = 0; round < 3; round++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    await run(n);
    const used = process.cpuUsage(cpu);
    const wall = performance.now() - t;
    console.error(`${op} round ${round + 1}: ${((used.user + used.system) / 1000 / n).toFixed(3)} ms CPU per request, ${(n / (wall / 1000)).toFixed(0)} req/s in-process`);
  }
  if (session) {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(profileTo, JSON.stringify(profile));
  }
  await db.destroy();
}

runMain(main);
