import { existsSync, rmSync } from "node:fs";
import { Client } from "pg";
import sharp from "sharp";
import { startS3Server, type S3Server } from "../helpers/s3";
import { postSignIn, startApp, startPgProcess, type AppProcess, type PgProcess } from "./app-process";

/**
 * Two app nodes (two processes, two ports) on one database, as behind a load balancer:
 * a session made on one is valid on the other, and background jobs claimed by both are
 * done once, and a file uploaded on one is served by the other (both use one S3-compatible
 * bucket, started here; each node has a disk folder of its own that must stay unused).
 */
const PG_DIR = ".data/pg-twonodes";
const SECRET = "two-nodes-secret-0123456789abcdef0123";
let pg: PgProcess;
let a: AppProcess;
let b: AppProcess;
let s3: S3Server;

beforeAll(async () => {
  rmSync(PG_DIR, { recursive: true, force: true });
  pg = await startPgProcess(PG_DIR, Number(process.env.PRODTEST_PG_PORT2 ?? 54342), "pestor_nodes");
  s3 = await startS3Server("pestor-two-nodes");
  const env = { DATABASE_URL: pg.url, NEXTAUTH_SECRET: SECRET, RATE_LIMITS: "off", LOG_LEVEL: "error", NEXTAUTH_URL: "http://127.0.0.1:3296", ...s3.env };
  rmSync(".data/storage-node-a", { recursive: true, force: true });
  rmSync(".data/storage-node-b", { recursive: true, force: true });
  [a, b] = await Promise.all([
    startApp({ ...env, STORAGE_DIR: ".data/storage-node-a" }, 3296),
    startApp({ ...env, STORAGE_DIR: ".data/storage-node-b" }, 3297),
  ]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await pg?.stop();
  await s3?.stop();
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
async function signIn(app: AppProcess, email: string): Promise<string | undefined> {
  const res = await postSignIn(app.url, email, "bezpieczne-haslo-7");
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
}

  it("accept on node B a session signed in on node A", async () => {
    const signUp = await gql(a, `mutation { signUp(email: "nodes@example.org", password: "bezpieczne-haslo-7", name: "Dwa Węzły", accountType: RESIDENT) { id } }`);
    expect(signUp.data.signUp.id).toBeDefined();
    const session = await signIn(a, "nodes@example.org");
    expect(session).toBeDefined();
    const me = await gql(b, `{ me { email } }`, {}, session);
    expect(me.data.me).toEqual({ email: "nodes@example.org" });
  });

  it("serve on node B a photo uploaded on node A (one bucket, no node's disk)", async () => {
    await gql(a, `mutation { signUp(email: "urzednik@example.org", password: "bezpieczne-haslo-7", name: "Urzędnik Węzłów", accountType: RESIDENT) { id } }`);
    const db = new Client({ connectionString: pg.url });
    await db.connect();
    await db.query(`UPDATE users SET role = 'OFFICIAL', email_verified = true WHERE email = 'urzednik@example.org'`);
    const { rows } = await db.query(
      `INSERT INTO premises (address, district, area_m2, monthly_rent, rent_per_m2) VALUES ('ul. Dwóch Węzłów 2', 'Mokre', 40, 1200, 30) RETURNING id`,
    );
    await db.end();
    const session = await signIn(a, "urzednik@example.org");
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#3070c0" } }).jpeg().toBuffer();
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "lokal.jpg");
    form.append("alt", "Wejście do lokalu");
    const up = await fetch(`${a.url}/premises/${rows[0].id}/photos`, { method: "POST", body: form, headers: { cookie: session! } });
    const photo = (await up.json()) as { url: string; thumbUrl: string };
    expect(`${up.status} ${JSON.stringify(photo)}`).toMatch(/^201 /);
    for (const url of [photo.url, photo.thumbUrl]) {
      const res = await fetch(new URL(url, b.url));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/webp");
      expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).format).toBe("webp");
    }
    expect(existsSync(".data/storage-node-a/premises")).toBe(false);
    expect(existsSync(".data/storage-node-b/premises")).toBe(false);
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
