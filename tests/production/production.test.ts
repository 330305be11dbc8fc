import { rmSync } from "node:fs";
import { Client } from "pg";
import { postSignIn, startApp, startExpectingFailure, startPgProcess, type AppProcess, type PgProcess } from "./app-process";
import { metricValue } from "../helpers/metrics";

const PG_DIR = ".data/pg-prodtest";
const PG_PORT = Number(process.env.PRODTEST_PG_PORT ?? 54341);
const APP_PORT = Number(process.env.PRODTEST_APP_PORT ?? 3298);
const SECRET = "production-test-secret-0123456789abcdef";
const METRICS_PORT = Number(process.env.PRODTEST_METRICS_PORT ?? 3291);
const METRICS_TOKEN = "metrics-token-production-test-0123";

let pg: PgProcess;
let app: AppProcess;

async function startPg() {
  return startPgProcess(PG_DIR, PG_PORT, "pestor_prod");
}

beforeAll(async () => {
  rmSync(PG_DIR, { recursive: true, force: true });
  pg = await startPg();
  app = await startApp(
    {
      DATABASE_URL: pg.url,
      NEXTAUTH_SECRET: SECRET,
      APP_URL: "https://pestor.example.org",
      NEXTAUTH_URL: "https://pestor.example.org",
      RATE_LIMITS: "off",
      LOG_LEVEL: "info",
      METRICS_PORT: String(METRICS_PORT),
      METRICS_TOKEN,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
    },
    APP_PORT,
  );
});

afterAll(async () => {
  await app?.stop();
  await pg?.stop();
});

async function post(body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) {
  const res = await fetch(`${app.url}/api/graphql`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: res.status, json: (await res.json().catch(() => null)) as any };
}

const SIGN_UP = `mutation($e: String!) { signUp(email: $e, password: "bezpieczne-haslo-7", name: "Prod Test", accountType: RESIDENT) { id } }`;

describe("production mode", () => {
  it("refuses to start without NEXTAUTH_SECRET or DATABASE_URL", async () => {
    const noSecret = await startExpectingFailure({ NEXTAUTH_SECRET: undefined, DATABASE_URL: pg.url });
    expect(noSecret.code).not.toBe(0);
    expect(noSecret.output).toMatch(/NEXTAUTH_SECRET/);
    const noDb = await startExpectingFailure({ NEXTAUTH_SECRET: SECRET, DATABASE_URL: undefined });
    expect(noDb.code).not.toBe(0);
    expect(noDb.output).toMatch(/DATABASE_URL/);
  });

  it("answers health once the database answers", async () => {
    const r = await fetch(`${app.url}/api/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: "ok" });
  });

  it("offers no city sign-in without OIDC_ISSUER (tests/production/city-sign-in.test.ts has it set)", async () => {
    const page = await fetch(`${app.url}/signin`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Logowanie");
    // The text itself travels in the page's message bundle either way: look for the rendered section.
    expect(html).not.toContain('id="city-sign-in"');
  });

  it("gives the sign-in page the CSRF token of its own secure cookie, so the form signs in without JavaScript", async () => {
    const page = await fetch(`${app.url}/signin`);
    const cookie = page.headers.getSetCookie().find((c) => c.startsWith("__Host-next-auth.csrf-token="));
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=lax/i);
    const [token] = decodeURIComponent(cookie!.split(";")[0].split("=")[1]).split("|");
    expect(await page.text()).toContain(`name="csrfToken" value="${token}"`);
  });

  it("refuses introspection", async () => {
    const r = await post({ query: "{ __schema { types { name } } }" });
    expect(r.json.errors?.length).toBeGreaterThan(0);
    expect(r.json.data?.__schema).toBeUndefined();
  });

  it("never sends stack traces, and refuses text/plain (CSRF)", async () => {
    const bad = await post({ query: "{ nope }" });
    expect(JSON.stringify(bad.json)).not.toMatch(/stacktrace|at \//);
    expect(bad.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const invalid = await post({ query: SIGN_UP.replace("bezpieczne-haslo-7", "x"), variables: { e: "not-an-email" } });
    expect(invalid.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(invalid.json)).not.toMatch(/stacktrace/);
    const csrf = await post(JSON.stringify({ query: "{ me { id } }" }), { "content-type": "text/plain" });
    expect(csrf.status).toBe(400);
    expect(csrf.json?.data).toBeFalsy();
  });

  it("sends security headers: CSP without unsafe-eval, no framing, referrer policy, HSTS behind TLS", async () => {
    const r = await fetch(`${app.url}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(r.status).toBe(200);
    const csp = r.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(r.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(r.headers.get("strict-transport-security")).toMatch(/max-age=/);
    const plain = await fetch(`${app.url}/`);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });

  it("answers /api/graphql from node:http before Next.js, with the headers of every response (scripts/serve.ts)", async () => {
    const r = await fetch(`${app.url}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ me { id } }" }) });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ data: { me: null } });
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("x-frame-options")).toBe("DENY");
    expect(r.headers.get("x-request-id")).toBeTruthy();
    // Next.js's router adds its own Vary (rsc, next-router-state-tree, …) to what it serves.
    expect(r.headers.get("vary")).toBe("Accept-Encoding");
  });

  it("issues Secure, HttpOnly, SameSite session cookies on sign-in", async () => {
    await post({ query: SIGN_UP, variables: { e: "cookie@example.org" } });
    const res = await postSignIn(app.url, "cookie@example.org", "bezpieczne-haslo-7");
    const session = res.headers.getSetCookie().find((c) => /session-token=/.test(c));
    expect(session).toBeDefined();
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/Secure/i);
    expect(session).toMatch(/SameSite=Lax/i);
  });

  it("keeps every acknowledged write when all database connections are dropped mid-load", async () => {
    const acknowledged: string[] = [];
    let stop = false;
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; !stop && i < 400; i++) {
        const e = `fault-${w}-${i}@example.org`;
        const r = await post({ query: SIGN_UP, variables: { e } }).catch(() => null);
        if (r?.json?.data?.signUp?.id) acknowledged.push(e);
      }
    });
    await new Promise((r) => setTimeout(r, 1500));
    const admin = new Client({ connectionString: pg.adminUrl });
    await admin.connect();
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'pestor_prod' AND pid <> pg_backend_pid()`);
    await admin.end();
    await new Promise((r) => setTimeout(r, 2500));
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(10);
    const check = new Client({ connectionString: pg.url });
    await check.connect();
    const { rows } = await check.query(`SELECT email FROM users WHERE email = ANY($1)`, [acknowledged]);
    await check.end();
    expect(rows.length).toBe(acknowledged.length);
    // And the app still works afterwards, by itself.
    const after = await post({ query: SIGN_UP, variables: { e: "after-fault@example.org" } });
    expect(after.json.data?.signUp?.id).toBeDefined();
  });

  it("answers 503 on health while the database is down and recovers by itself", async () => {
    await pg.stop();
    const down = await fetch(`${app.url}/api/health`);
    expect(down.status).toBe(503);
    // Not ready for traffic, but alive: restarting the node would not help.
    const ready = await fetch(`${app.url}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "unavailable", database: false });
    expect((await fetch(`${app.url}/api/health/live`)).status).toBe(200);
    pg = await startPg();
    let status = 0;
    for (let i = 0; i < 60 && status !== 200; i++) {
      status = (await fetch(`${app.url}/api/health`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    const write = await post({ query: SIGN_UP, variables: { e: "after-restart@example.org" } });
    expect(write.json.data?.signUp?.id).toBeDefined();
  });
});

describe("watching it", () => {
  const scrape = async () => (await fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();

  it("splits health into liveness and readiness, and keeps /api/health", async () => {
    expect((await fetch(`${app.url}/api/health/live`)).status).toBe(200);
    const ready = await fetch(`${app.url}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok", database: true, pendingMigrations: [] });
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });

  it("keeps metrics off the public port without the token, and serves them on METRICS_PORT", async () => {
    expect((await fetch(`${app.url}/api/metrics`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/metrics`, { headers: { authorization: "Bearer nope-nope-nope-nope" } })).status).toBe(404);
    expect((await fetch(`${app.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${METRICS_PORT}/metrics`)).status).toBe(401);
    expect(await scrape()).toContain("pestor_mail_queue_depth");
  });

  it("times pages per route pattern and GraphQL per operation name", async () => {
    const page = await fetch(`${app.url}/premises`);
    expect(page.status).toBe(200);
    // A page streams: it is counted when its last byte has gone.
    await page.text();
    await fetch(`${app.url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "query WatchedMe { me { id } }", operationName: "WatchedMe" }),
    });
    const text = await scrape();
    expect(metricValue(text, "pestor_http_request_duration_seconds_count", { kind: "page", route: "/premises", status: "200" })).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, "pestor_graphql_request_duration_seconds_count", { operation: "WatchedMe", status: "200" })).toBe(1);
    expect(metricValue(text, "pestor_db_pool_connections", { state: "total" })).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, "pestor_job_runs_total", { task: "mail" })).toBeGreaterThanOrEqual(1);
  });

  it("puts the request id on the response and on the page's log line, keeping the proxy's", async () => {
    const res = await fetch(`${app.url}/premises`, { headers: { "x-request-id": "from-nginx-0123456789" } });
    expect(res.headers.get("x-request-id")).toBe("from-nginx-0123456789");
    await res.text();
    const gql = await fetch(`${app.url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "gql-from-nginx-0123456789" },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(gql.headers.get("x-request-id")).toBe("gql-from-nginx-0123456789");
    await new Promise((r) => setTimeout(r, 300));
    const lines = app
      .output()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { requestId?: string; msg?: string; route?: string });
    expect(lines.find((l) => l.requestId === "from-nginx-0123456789" && l.msg === "http")).toMatchObject({ route: "/premises" });
    expect(lines.find((l) => l.requestId === "gql-from-nginx-0123456789" && l.msg === "graphql")).toBeDefined();
  });
});
