import { rmSync } from "node:fs";
import { Client } from "pg";
import { startApp, startPgProcess, type AppProcess, type PgProcess } from "./app-process";

/**
 * Two app nodes (two processes, two ports) on one database, as behind a load balancer:
 * a session made on one is valid on the other, and background jobs claimed by both are
 * done once.
 */
const PG_DIR = ".data/pg-twonodes";
const SECRET = "two-nodes-secret-0123456789abcdef0123";
let pg: PgProcess;
let a: AppProcess;
let b: AppProcess;

beforeAll(async () => {
  rmSync(PG_DIR, { recursive: true, force: true });
  pg = await startPgProcess(PG_DIR, Number(process.env.PRODTEST_PG_PORT2 ?? 54342), "pestor_nodes");
  const env = { DATABASE_URL: pg.url, NEXTAUTH_SECRET: SECRET, RATE_LIMITS: "off", LOG_LEVEL: "error", NEXTAUTH_URL: "http://127.0.0.1:3296" };
  [a, b] = await Promise.all([startApp(env, 3296), startApp(env, 3297)]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await pg?.stop();
});

async function gql(app: AppProcess, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const res = await fetch(`${app.url}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as any;
}

describe("two app nodes on one database", () => {
  it("accept on node B a session signed in on node A", async () => {
    const signUp = await gql(a, `mutation { signUp(email: "nodes@example.org", password: "bezpieczne-haslo-7", name: "Dwa Węzły", accountType: RESIDENT) { id } }`);
    expect(signUp.data.signUp.id).toBeDefined();
    const csrfRes = await fetch(`${a.url}/api/auth/csrf`);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const res = await fetch(`${a.url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
      body: new URLSearchParams({ csrfToken, email: "nodes@example.org", password: "bezpieczne-haslo-7" }),
    });
    const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
    expect(session).toBeDefined();
    const me = await gql(b, `{ me { email } }`, {}, session);
    expect(me.data.me).toEqual({ email: "nodes@example.org" });
  });

  it("send every queued e-mail exactly once while both nodes' workers run", async () => {
    const db = new Client({ connectionString: pg.url });
    await db.connect();
    await db.query(
      `INSERT INTO mail_messages (\"to\", subject, text, template) SELECT 'n' || g || '@example.org', 'Test', 'Test', 'test.nodes' FROM generate_series(1, 300) g`,
    );
    let left = 300;
    for (let i = 0; i < 120 && left > 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      left = (await db.query(`SELECT count(*)::int AS n FROM mail_messages WHERE template = 'test.nodes' AND status <> 'SENT'`)).rows[0].n;
    }
    const { rows } = await db.query(`SELECT max(attempts)::int AS max, count(*)::int AS n FROM mail_messages WHERE template = 'test.nodes'`);
    await db.end();
    expect(left).toBe(0);
    expect(rows[0]).toEqual({ max: 1, n: 300 });
  });
});
