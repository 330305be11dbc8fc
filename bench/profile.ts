import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { Client } from "pg";
import { profileDatabase } from "./profile-db";
import { flameSvg, summary } from "./flamegraph";
import { insertM1Trainings, m1Requests, sessionCookies } from "./m1";

/**
 * `npx ts-node bench/profile.ts --op=Q3|M1 [--label=after] [--dist=.next] [--reuse] [--seconds=10]`
 *
 * Profiles the request path of the production build under load: starts `npm start` with a
 * profiler hook (bench/cpu-prof-hook.js), warms up, profiles one operation of the bench
 * (Q3: the cheap trainings list; M1: registerForTraining as signed-in users), and writes
 * bench/results/profile-<label>-<op>.{svg,txt} (the flame graph and the top frames).
 * Database: $PROFILE_DATABASE_URL (an admin URL; default the local PostgreSQL), database
 * `pestor_profile`, the small bench data set (made again unless --reuse).
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const op = arg("op", "Q3");
const label = arg("label", "after");
const dist = arg("dist", process.env.NEXT_DIST_DIR ?? ".next");
const seconds = Number(arg("seconds", "10"));
const PORT = Number(process.env.BROWSER_PORT ?? 3115);
const SECRET = "bench-secret-bench-secret-bench-secret-01";
const log = (m: string) => console.log(`[profile] ${m}`);

const Q3 = JSON.stringify({
  query: `{ trainings(first: 20, upcoming: true) { totalCount edges { node { id title startsAt capacity seatsLeft confirmedCount waitlistCount } } } }`,
});

async function start(databaseUrl: string, dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [require.resolve("ts-node/dist/bin"), "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(PORT),
      NODE_ENV: "production",
      NEXT_DIST_DIR: dist,
      NODE_OPTIONS: `-r ${path.resolve("bench/cpu-prof-hook.js")}`,
      PROFILE_DIR: dir,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: SECRET,
      RATE_LIMITS: "off",
      DB_POOL_SIZE: "10",
      LOG_LEVEL: "warn",
      WORKER: "off",
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error("the app exited");
    if (await fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the app did not start");
}

function cannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon({ connections: 20, ...opts }, (err, r) => (err ? reject(err) : resolve(r))));
}

/** Q3 for `duration` s, or M1 for `amount` registrations of (user, training) pairs from `offset` on. */
async function load(databaseUrl: string, warm: boolean): Promise<autocannon.Result> {
  const url = `http://127.0.0.1:${PORT}/api/graphql`;
  if (op === "Q3") {
    return cannon({ url, method: "POST", body: Q3, headers: { "content-type": "application/json" }, duration: warm ? 3 : seconds });
  }
  // M1: fresh trainings every time, so every (user, training) pair registers once.
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  const users = (await c.query<{ id: string }>("SELECT id FROM users WHERE email LIKE 'm1-%' ORDER BY email")).rows.map((r) => r.id);
  const trainings = await insertM1Trainings(c, "M1 profile", 4);
  await c.end();
  const cookies = await sessionCookies(users, SECRET);
  const amount = warm ? 500 : users.length * trainings.length;
  return cannon({
    url,
    amount,
    requests: m1Requests((n) => cookies[n % users.length], (n) => trainings[Math.floor(n / users.length) % trainings.length]),
  });
}

async function main() {
  const databaseUrl = await profileDatabase(args.includes("--reuse"), log);
  const dir = path.resolve(`.data/profile-${label}-${op}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const app = await start(databaseUrl, dir);
  const signal = () => process.kill(-app.pid!, "SIGUSR2");
  try {
    await load(databaseUrl, true);
    signal();
    await new Promise((r) => setTimeout(r, 300));
    const r = await load(databaseUrl, false);
    signal();
    const line = `${op} under profile: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.total} requests, non-2xx ${r.non2xx}, errors ${r.errors}`;
    log(line);
    await new Promise((r) => setTimeout(r, 3000));
    // The server is the process that sampled the most (next start may run a parent too).
    const files = readdirSync(dir).map((f) => path.join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size);
    if (!files.length) throw new Error("no profile written");
    const profile = JSON.parse(readFileSync(files[0], "utf8"));
    mkdirSync("bench/results", { recursive: true });
    const base = `bench/results/profile-${label}-${op}`;
    writeFileSync(`${base}.svg`, flameSvg(profile, `${op} (${label}), ${r.requests.total} requests`));
    const text = `${line}\n${summary(profile)}\n`;
    writeFileSync(`${base}.txt`, text);
    console.log(text);
  } finally {
    process.kill(-app.pid!, "SIGTERM");
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
