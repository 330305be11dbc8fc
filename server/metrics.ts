import { timingSafeEqual, createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { DataSource } from "typeorm";

/*
 * Prometheus metrics of one process. No decorators or entity imports: the production
 * server (scripts/serve.ts) loads this module before Next.js does, and both must share one
 * registry, so it lives on globalThis.
 */

export interface Metrics {
  registry: Registry;
  http: Histogram<"kind" | "route" | "method" | "status">;
  graphql: Histogram<"operation" | "status">;
  jobRuns: Counter<"task">;
  jobFailures: Counter<"task">;
  jobSeconds: Histogram<"task">;
  resultCache: Counter<"domain" | "result">;
  /** Set by the server code once the database is open: pool and queue gauges read it at scrape time. */
  dataSource?: () => Promise<DataSource>;
}

const BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function create(): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ app: "pes-tor" });
  collectDefaultMetrics({ register: registry });
  const m: Metrics = {
    registry,
    http: new Histogram({
      name: "pestor_http_request_duration_seconds",
      help: "HTTP requests by kind (page, route, api, static), route pattern, method and status",
      labelNames: ["kind", "route", "method", "status"],
      buckets: BUCKETS,
      registers: [registry],
    }),
    graphql: new Histogram({
      name: "pestor_graphql_request_duration_seconds",
      help: "GraphQL requests by operation name and HTTP status",
      labelNames: ["operation", "status"],
      buckets: BUCKETS,
      registers: [registry],
    }),
    jobRuns: new Counter({ name: "pestor_job_runs_total", help: "Background job runs", labelNames: ["task"], registers: [registry] }),
    jobFailures: new Counter({ name: "pestor_job_failures_total", help: "Background job runs that failed", labelNames: ["task"], registers: [registry] }),
    jobSeconds: new Histogram({ name: "pestor_job_duration_seconds", help: "Background job run time", labelNames: ["task"], buckets: BUCKETS, registers: [registry] }),
    resultCache: new Counter({ name: "pestor_result_cache_total", help: "Result cache lookups by domain and result (hit, miss)", labelNames: ["domain", "result"], registers: [registry] }),
  };
  const pool = new Gauge({
    name: "pestor_db_pool_connections",
    help: "Connections of the primary's pool in this process: total, idle, and requests waiting for one",
    labelNames: ["state"],
    registers: [registry],
    async collect() {
      const ds = await open(m);
      const p = ds && (ds.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
      if (!p) return;
      this.set({ state: "total" }, p.totalCount);
      this.set({ state: "idle" }, p.idleCount);
      this.set({ state: "waiting" }, p.waitingCount);
    },
  });
  void pool;
  const mailGauges: [name: string, help: string, value: (q: { depth: number; oldest: number }) => number][] = [
    ["pestor_mail_queue_depth", "E-mails waiting to be sent (QUEUED), whether due or not", (q) => q.depth],
    ["pestor_mail_queue_oldest_age_seconds", "Age of the oldest e-mail still waiting (0 when none): grows when mail is stuck", (q) => q.oldest],
  ];
  for (const [name, help, value] of mailGauges) {
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const q = await mailQueue(m);
        if (q) this.set(value(q));
      },
    });
  }
  return m;
}

async function open(m: Metrics): Promise<DataSource | null> {
  try {
    return m.dataSource ? await m.dataSource() : null;
  } catch {
    return null;
  }
}

// Both mail gauges read one query per scrape.
let mailRead: { at: number; value: Promise<{ depth: number; oldest: number } | null> } | undefined;
function mailQueue(m: Metrics): Promise<{ depth: number; oldest: number } | null> {
  if (mailRead && Date.now() - mailRead.at < 1000) return mailRead.value;
  const value = (async () => {
    const ds = await open(m);
    if (!ds) return null;
    try {
      const [row] = await ds.query(
        `SELECT count(*)::int AS depth, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS oldest FROM mail_messages WHERE status = 'QUEUED'`,
      );
      return { depth: row.depth, oldest: row.oldest };
    } catch {
      return null;
    }
  })();
  mailRead = { at: Date.now(), value };
  return value;
}

export function metrics(): Metrics {
  const g = globalThis as { __pestorMetrics?: Metrics };
  return (g.__pestorMetrics ??= create());
}

/** Operation names as a label: a client chooses them, so at most 300 distinct ones, then `other`. */
const seenOperations = new Set<string>();
export function operationLabel(name: unknown): string {
  if (typeof name !== "string" || !name) return "anonymous";
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,79}$/.test(name)) return "invalid";
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= 300) return "other";
  seenOperations.add(name);
  return name;
}

/** true when `header` is `Bearer <token>` (constant time). */
export function bearerMatches(header: string | null, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? "")?.[1] ?? "";
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(token).digest();
  return given.length > 0 && timingSafeEqual(a, b);
}

/**
 * The metrics on a port of their own (METRICS_PORT), for Prometheus on the internal
 * network; the load balancer never forwards to it. METRICS_TOKEN, when set, is required
 * there too.
 */
export function serveMetrics(port: number, host: string, token?: string): Server {
  const server = createServer(async (req, res) => {
    if (req.url?.split("?")[0] !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    if (token && !bearerMatches(req.headers.authorization ?? null, token)) {
      res.writeHead(401, { "www-authenticate": "Bearer" }).end();
      return;
    }
    const m = metrics();
    res.writeHead(200, { "content-type": m.registry.contentType }).end(await m.registry.metrics());
  });
  server.listen(port, host);
  server.unref();
  return server;
}
