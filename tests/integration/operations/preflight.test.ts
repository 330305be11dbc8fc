import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { preflight, type Check } from "../../../scripts/preflight";
import { createTestDb, type TestDb } from "../../helpers/db";
import { startS3Server, type S3Server } from "../../helpers/s3";

/** `npm run preflight` against real services: this test's database, an SMTP server, an S3 server, an OpenID discovery document. */
let db: TestDb;
let dir: string;
let smtp: SMTPServer;
let smtpPort: number;
let oidc: Server;
let issuer: string;
let s3: S3Server;

beforeAll(async () => {
  db = await createTestDb();
  dir = await mkdtemp(path.join(tmpdir(), "preflight-"));
  smtp = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _s, cb) => (auth.password === "dobre-haslo" ? cb(null, { user: auth.username }) : cb(new Error("Invalid username or password"))),
  });
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  oidc = createServer((req, res) => {
    if (req.url === "/realms/city/.well-known/openid-configuration") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ issuer, authorization_endpoint: `${issuer}/auth` }));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => oidc.listen(0, "127.0.0.1", r));
  issuer = `http://127.0.0.1:${(oidc.address() as AddressInfo).port}/realms/city`;
  s3 = await startS3Server("pestor-preflight");
});
afterAll(async () => {
  await new Promise<void>((r) => smtp.close(() => r()));
  oidc.close();
  await s3.stop();
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

const good = () => ({
  NEXTAUTH_SECRET: "preflight-secret-0123456789abcdef0123456789",
  DATABASE_URL: db.url,
  APP_URL: "https://pestor.torun.example",
  TRUSTED_PROXIES: "1",
  STORAGE_DIR: dir,
  SMTP_URL: `smtp://pestor:dobre-haslo@127.0.0.1:${smtpPort}`,
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: "pestor",
  OIDC_CLIENT_SECRET: "client-secret",
});
const byName = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.name, c.status]));

describe("npm run preflight", () => {
  it("passes a complete production environment", async () => {
    const checks = await preflight(good());
    expect(checks.filter((c) => c.status === "fail")).toEqual([]);
    expect(byName(checks)).toMatchObject({ settings: "ok", database: "ok", migrations: "ok", storage: "ok", smtp: "ok", oidc: "ok" });
  });

  it("names everything that is wrong", async () => {
    const file = path.join(dir, "not-a-folder");
    await writeFile(file, "x");
    const checks = await preflight({
      ...good(),
      NEXTAUTH_SECRET: undefined,
      APP_URL: undefined,
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/nowhere",
      STORAGE_DIR: file,
      SMTP_URL: `smtp://pestor:zle-haslo@127.0.0.1:${smtpPort}`,
      OIDC_ISSUER: `${issuer}-other`,
    });
    const failed = checks.filter((c) => c.status === "fail").map((c) => c.name);
    expect(failed).toEqual(expect.arrayContaining(["settings", "public address", "secret", "database", "storage", "smtp", "oidc"]));
    expect(checks.find((c) => c.name === "settings")!.detail).toMatch(/NEXTAUTH_SECRET/);
    expect(checks.find((c) => c.name === "smtp")!.detail).toMatch(/535|Invalid/);
    // No password in what it prints.
    expect(JSON.stringify(checks)).not.toContain("zle-haslo");
  });

  it("warns of pending migrations", async () => {
    const [last] = await db.ds.query(`SELECT "timestamp", name FROM migrations ORDER BY "timestamp" DESC LIMIT 1`);
    await db.ds.query(`DELETE FROM migrations WHERE "timestamp" = $1`, [last.timestamp]);
    try {
      const m = (await preflight(good())).find((c) => c.name === "migrations")!;
      expect(m.status).toBe("warn");
      expect(m.detail).toContain(String(last.timestamp));
    } finally {
      await db.ds.query(`INSERT INTO migrations ("timestamp", name) VALUES ($1, $2)`, [last.timestamp, last.name]);
    }
  });

  it("writes to the bucket, and fails a bucket that serves files without a signature", async () => {
    // s3rver has no access control at all: exactly the public bucket preflight must catch.
    const checks = await preflight({ ...good(), ...s3.env });
    expect(byName(checks)).toMatchObject({ storage: "ok", "storage privacy": "fail" });
  });

  it("exits 1 and prints the problems as a command", () => {
    const r = spawnSync(process.execPath, [require.resolve("ts-node/dist/bin"), "scripts/preflight.ts"], {
      env: { PATH: process.env.PATH, DATABASE_URL: "postgres://postgres@127.0.0.1:1/nowhere", STORAGE_DIR: dir } as unknown as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 90_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✗ database\s+cannot connect/);
    expect(r.stdout).toMatch(/problem\(s\): fix them before starting/);
  });
});
