import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres, type EmbeddedHandle } from "../../../server/embedded-postgres";
import { startCityOidc, type CityOidc } from "../../helpers/city-oidc";
import { withDatabase } from "../../helpers/database-url";
import { reapGroupWhenGone } from "../../helpers/group-reaper";

export interface BrowserSuiteState {
  server?: ChildProcess;
  /** Stops the server's group if this run is killed before its teardown (tests/helpers/group-reaper.ts). */
  reaper?: ChildProcess;
  pg?: EmbeddedHandle;
  adminUrl?: string;
  database?: string;
  city?: CityOidc;
}

/** Where the teardown finds what the setup started (same process: jest runs both). */
export function state(): BrowserSuiteState {
  const g = globalThis as { __pestorBrowser?: BrowserSuiteState };
  g.__pestorBrowser ??= {};
  return g.__pestorBrowser;
}

const PORT = Number(process.env.BROWSER_PORT ?? 3190);
export const RESULTS = path.resolve("test-results");

async function waitFor(url: string, timeoutMs: number, server?: ChildProcess): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < until) {
    if (server && server.exitCode !== null) {
      throw new Error(`The app exited (code ${server.exitCode}) before ${url} answered; see test-results/browser-server.log`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = String((err as Error).message);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer in ${timeoutMs / 1000}s (${last}); see test-results/browser-server.log`);
}

/**
 * Starts the app the way a developer does (`npm run dev`: migrations, demo data,
 * `next dev`) on a fresh database of its own, with its own Next.js build folder and port,
 * so it never touches a developer's server. With BASE_URL set, tests use that app instead.
 */
export default async function globalSetup(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  if (process.env.BASE_URL) {
    await waitFor(`${process.env.BASE_URL}/api/health`, 60_000);
    return;
  }
  // Another run's server on the port would answer the health check and then vanish with
  // that run's teardown: refuse instead of testing someone else's app.
  const taken = await fetch(`http://localhost:${PORT}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`Port ${PORT} is already in use (another browser test run?). Set BROWSER_PORT or BASE_URL.`);

  const s = state();
  let adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) {
    s.pg = await startEmbeddedPostgres({
      dir: process.env.BROWSER_EMBEDDED_PG_DIR ?? ".data/pg-browser",
      port: Number(process.env.BROWSER_EMBEDDED_PG_PORT ?? 54331),
      database: "postgres",
    });
    adminUrl = s.pg.adminUrl;
  }
  const database = `pestor_browser_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Leftovers of runs killed more than an hour ago (a finished run drops its own).
    const old = await admin
      .query<{ datname: string }>(
        `SELECT d.datname FROM pg_database d
          WHERE d.datname LIKE 'pestor\\_browser\\_%'
            AND (pg_stat_file(format('base/%s/PG_VERSION', d.oid))).modification < now() - interval '1 hour'`,
      )
      .catch(() => ({ rows: [] as { datname: string }[] }));
    for (const { datname } of old.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  s.adminUrl = adminUrl;
  s.database = database;
  // Journeys read e-mailed links (verification, password reset) from the app's outbox table.
  process.env.BROWSER_DATABASE_URL = withDatabase(adminUrl, database);

  const baseUrl = `http://localhost:${PORT}`;
  // The app runs with the city's single sign-on configured, as the city will run it: a real
  // OpenID provider beside it (tests/browser/city-sign-in.spec.ts signs in there).
  s.city = await startCityOidc(Number(process.env.BROWSER_OIDC_PORT ?? PORT + 1), baseUrl);
  process.env.BROWSER_CITY_ACCOUNTS = s.city.accountsFile;
  const log = createWriteStream(path.join(RESULTS, "browser-server.log"));
  // BROWSER_SERVER=start serves an existing `next build` the way `npm start` does (migrations,
  // demo data, `next start`): CI builds anyway, and a built app answers each page at once
  // where `next dev` compiles it first. The default is `npm run dev`, as a developer runs it.
  const built = process.env.BROWSER_SERVER === "start";
  const distDir = process.env.BROWSER_DIST_DIR ?? (built ? ".next" : ".next-browser");
  if (!built) {
    // A cache left by an interrupted run (or written by another next dev meanwhile) made
    // the dev server reload pages in a loop, so that sign-in never finished: start clean.
    rmSync(path.resolve(distDir), { recursive: true, force: true });
  }
  // `npm start` seeds demo data only outside production; `next start` then sets production itself.
  const env: Record<string, string | undefined> = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_ENV"));
  if (!built) env.NODE_ENV = "development";
  const server = spawn(process.execPath, [require.resolve("ts-node/dist/bin"), path.resolve(built ? "scripts/start.ts" : "scripts/dev.ts")], {
    env: {
      ...(env as NodeJS.ProcessEnv),
      DATABASE_URL: withDatabase(adminUrl, database),
      NEXT_DIST_DIR: distDir,
      PORT: String(PORT),
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "browser-tests-secret-browser-tests-secret",
      // Several sign-ups and sign-ins from one address in a minute are the point here.
      RATE_LIMITS: "off",
      NEXT_TELEMETRY_DISABLED: "1",
      ...s.city.env,
    },
    // Its own process group, so that teardown stops next dev and its workers together.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.pipe(log);
  server.stderr!.pipe(log);
  s.server = server;
  s.reaper = reapGroupWhenGone(server.pid!);
  process.env.BASE_URL = baseUrl;

  await waitFor(`${baseUrl}/api/health`, 6 * 60_000, server);
  if (built) return;
  // `next dev` compiles each route on its first request; do it here, not inside test timeouts.
  for (const p of ["/", "/signin", "/signup", "/signout", "/account", "/admin", "/admin/approvals", "/admin/outbox", "/accessibility"]) {
    await fetch(`${baseUrl}${p}`, { redirect: "manual", signal: AbortSignal.timeout(180_000) }).catch(() => undefined);
  }
}
