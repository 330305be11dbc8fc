import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { classify, forgetRoutes, installHttpObserver } from "../../../server/http-observe";
import { logger } from "../../../server/logger";
import { metrics, operationLabel, serveMetrics } from "../../../server/metrics";
import { pendingMigrations, readiness } from "../../../server/readiness";
import { requestContext } from "../../../server/request-context";
import { runJob } from "../../../server/worker";
import { createTestDb, type TestDb } from "../../helpers/db";
import { metricValue } from "../../helpers/metrics";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  metrics().dataSource = async () => db.ds;
});
afterAll(async () => {
  await db.drop();
});

const scrape = () => metrics().registry.metrics();
const sample = (text: string, line: RegExp) => Number(text.split("\n").find((l) => line.test(l))?.split(" ").pop());

describe("metrics", () => {
  it("report the mail queue's depth and the age of its oldest message", async () => {
    await db.ds.query(
      `INSERT INTO mail_messages ("to", subject, text, template, created_at) VALUES ('a@example.org', 'T', 'T', 'test', now() - interval '90 seconds'), ('b@example.org', 'T', 'T', 'test', now())`,
    );
    await db.ds.query(`INSERT INTO mail_messages ("to", subject, text, template, status) VALUES ('c@example.org', 'T', 'T', 'test', 'SENT')`);
    const text = await scrape();
    expect(sample(text, /^pestor_mail_queue_depth\{/)).toBe(2);
    const age = sample(text, /^pestor_mail_queue_oldest_age_seconds\{/);
    expect(age).toBeGreaterThanOrEqual(90);
    expect(age).toBeLessThan(120);
  });

  it("report the database pool", async () => {
    const text = await scrape();
    expect(metricValue(text, "pestor_db_pool_connections", { state: "total" })).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, "pestor_db_pool_connections", { state: "waiting" })).toBe(0);
  });

  it("count job runs and failures", async () => {
    expect(await runJob({ name: "test-ok", everySeconds: 1, run: async () => {} }, db.ds)).toBe(true);
    expect(await runJob({ name: "test-bad", everySeconds: 1, run: async () => Promise.reject(new Error("boom")) }, db.ds)).toBe(false);
    const text = await scrape();
    expect(metricValue(text, "pestor_job_runs_total", { task: "test-ok" })).toBe(1);
    expect(metricValue(text, "pestor_job_runs_total", { task: "test-bad" })).toBe(1);
    expect(metricValue(text, "pestor_job_failures_total", { task: "test-bad" })).toBe(1);
    expect(metricValue(text, "pestor_job_failures_total", { task: "test-ok" })).toBeNaN();
  });

  it("keep client-chosen operation names from growing the label set without end", () => {
    expect(operationLabel(undefined)).toBe("anonymous");
    expect(operationLabel("Premises List")).toBe("invalid");
    expect(operationLabel("PremisesList")).toBe("PremisesList");
    for (let i = 0; i < 400; i++) operationLabel(`Op${i}`);
    expect(operationLabel("NeverSeenBefore")).toBe("other");
    expect(operationLabel("PremisesList")).toBe("PremisesList");
  });

  it("are served on METRICS_PORT only at /metrics, with the token when one is set", async () => {
    const server = serveMetrics(0, "127.0.0.1", "metrics-token-0123456789");
    await new Promise((r) => server.once("listening", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    expect((await fetch(`${url}/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status).toBe(401);
    expect((await fetch(`${url}/`)).status).toBe(404);
    const ok = await fetch(`${url}/metrics`, { headers: { authorization: "Bearer metrics-token-0123456789" } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("pestor_mail_queue_depth");
    server.close();
  });
});

describe("readiness", () => {
  it("is ready with every migration applied and the database there", async () => {
    expect(await pendingMigrations(db.ds)).toEqual([]);
    expect(await readiness(async () => db.ds)).toEqual({ ready: true, database: true, pendingMigrations: [] });
  });

  it("is not ready while a migration is pending", async () => {
    const [last] = await db.ds.query(`SELECT "timestamp", name FROM migrations ORDER BY "timestamp" DESC LIMIT 1`);
    await db.ds.query(`DELETE FROM migrations WHERE "timestamp" = $1`, [last.timestamp]);
    try {
      const r = await readiness(async () => db.ds);
      expect(r.ready).toBe(false);
      expect(r.database).toBe(true);
      expect(r.pendingMigrations).toHaveLength(1);
      expect(r.pendingMigrations![0]).toMatch(new RegExp(`^${last.timestamp}-`));
    } finally {
      await db.ds.query(`INSERT INTO migrations ("timestamp", name) VALUES ($1, $2)`, [last.timestamp, last.name]);
    }
  });

  it("is not ready when the database is away", async () => {
    expect(await readiness(() => Promise.reject(new Error("ECONNREFUSED")))).toEqual({ ready: false, database: false, pendingMigrations: null });
  });
});

describe("every HTTP request", () => {
  let dist: string;
  let server: Server;
  let url: string;
  const seen: { store?: string; header?: string }[] = [];
  const lines: string[] = [];
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), "next-dist-"));
    await writeFile(
      path.join(dist, "routes-manifest.json"),
      JSON.stringify({
        staticRoutes: [{ page: "/premises", regex: "^/premises(?:/)?$" }],
        dynamicRoutes: [
          { page: "/premises/[id]", regex: "^/premises/([^/]+?)(?:/)?$" },
          { page: "/trainings/[id]/calendar.ics", regex: "^/trainings/([^/]+?)/calendar\\.ics(?:/)?$" },
        ],
      }),
    );
    await writeFile(path.join(dist, "app-path-routes-manifest.json"), JSON.stringify({ "/trainings/[id]/calendar.ics/route": "/trainings/[id]/calendar.ics" }));
    process.env.NEXT_DIST_DIR = dist;
    forgetRoutes();
    installHttpObserver();
    // Log lines go to this test instead of stdout.
    logger.level = "info";
    (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] = { write: (s: string) => lines.push(s) };
    server = createServer((req, res) => {
      seen.push({ store: requestContext.getStore()?.requestId, header: req.headers["x-request-id"] as string });
      setTimeout(() => {
        logger.warn("deep inside a page");
        res.statusCode = req.url === "/missing" ? 404 : 200;
        res.end("ok");
      }, 5);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    delete process.env.NEXT_DIST_DIR;
    logger.level = "silent";
    await rm(dist, { recursive: true, force: true });
  });

  it("gets a request id, on the response and on every log line written while it is served", async () => {
    seen.length = 0;
    lines.length = 0;
    const res = await fetch(`${url}/premises/abc`);
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[0]).toEqual({ store: id, header: id });
    const logged = lines.map((l) => JSON.parse(l));
    expect(logged.find((l) => l.msg === "deep inside a page")).toMatchObject({ requestId: id });
    expect(logged.find((l) => l.msg === "http")).toMatchObject({ requestId: id, route: "/premises/[id]", status: 200 });
  });

  it("keeps the proxy's request id, and replaces one that is not an id", async () => {
    const kept = await fetch(`${url}/premises`, { headers: { "x-request-id": "nginx-0123456789abcdef" } });
    expect(kept.headers.get("x-request-id")).toBe("nginx-0123456789abcdef");
    const replaced = await fetch(`${url}/premises`, { headers: { "x-request-id": "bad id\u00e9<script>" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is counted per route pattern and kind, never per raw path", async () => {
    await fetch(`${url}/trainings/123/calendar.ics`);
    await fetch(`${url}/missing`);
    await fetch(`${url}/premises/other-id`);
    const text = await scrape();
    const count = (labels: Record<string, string>) => metricValue(text, "pestor_http_request_duration_seconds_count", { method: "GET", ...labels });
    expect(count({ kind: "page", route: "/premises/[id]", status: "200" })).toBe(2);
    expect(count({ kind: "route", route: "/trainings/[id]/calendar.ics", status: "200" })).toBe(1);
    expect(count({ kind: "page", route: "other", status: "404" })).toBe(1);
    expect(text).not.toContain("other-id");
    expect(classify("/_next/static/chunks/x.js")).toEqual({ kind: "static", route: "/_next" });
  });
});
