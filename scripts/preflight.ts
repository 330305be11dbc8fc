import "reflect-metadata";
import nodemailer from "nodemailer";
import { Client } from "pg";
import { parseConfig } from "../server/config";
import { defaultStorage, type FileStorage } from "../server/storage/file-storage";
import { S3FileStorage, s3SettingsFromEnv } from "../server/storage/s3-storage";
import { newFileKey } from "../server/storage/photos";
import { shippedMigrations } from "../server/readiness";

/**
 * `npm run preflight`: checks a production environment before the app starts — the
 * secrets and settings, the database (reachable, migrations), the file storage (writable;
 * a bucket that is not public), SMTP, and the OpenID provider when one is configured —
 * and prints what is wrong. Exit code 1 when anything failed; warnings do not fail.
 */

export interface Check {
  name: string;
  status: "ok" | "fail" | "warn" | "skip";
  detail: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms).unref())]);

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0];

export async function preflight(env: Env, migrationsDir?: string): Promise<Check[]> {
  const checks: Check[] = [];
  const add = (name: string, status: Check["status"], detail: string) => checks.push({ name, status, detail });

  // 1. Settings and secrets, as production reads them.
  try {
    const c = parseConfig({ ...env, NODE_ENV: "production" } as NodeJS.ProcessEnv);
    add("settings", "ok", `NEXTAUTH_SECRET set, APP_URL ${c.appUrl}`);
    if (c.TRUSTED_PROXIES === 0) add("trusted proxies", "warn", "TRUSTED_PROXIES=0: behind nginx every client would share nginx's address in rate limits");
  } catch (e) {
    add("settings", "fail", message(e).replace(/\s+/g, " "));
  }
  const appUrl = env.APP_URL ?? env.NEXTAUTH_URL;
  if (!appUrl) add("public address", "fail", "APP_URL is not set: links in e-mails would point at localhost");
  else if (!appUrl.startsWith("https://")) add("public address", "warn", `APP_URL ${appUrl} is not https`);
  if ((env.NEXTAUTH_SECRET ?? "").length < 32) add("secret", "fail", "NEXTAUTH_SECRET must be at least 32 characters");

  // 2. The database and its migrations.
  if (!env.DATABASE_URL) {
    add("database", "fail", "DATABASE_URL is not set");
  } else {
    const db = new Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 5000 });
    try {
      await within(db.connect(), 6000, "database");
      const [{ v }] = (await db.query("SHOW server_version")).rows;
      add("database", "ok", `PostgreSQL ${v} answers`);
      const applied = new Set(
        (await db.query(`SELECT "timestamp" FROM "migrations"`).catch(() => ({ rows: [] as { timestamp: string }[] }))).rows.map((r) => Number(r.timestamp)),
      );
      const pending = (await shippedMigrations(migrationsDir)).filter((m) => !applied.has(m.timestamp)).map((m) => m.name);
      if (pending.length) add("migrations", "warn", `${pending.length} pending (npm start applies them): ${pending.slice(0, 5).join(", ")}${pending.length > 5 ? " …" : ""}`);
      else add("migrations", "ok", "all applied");
    } catch (e) {
      add("database", "fail", `cannot connect: ${message(e)}`);
    } finally {
      await db.end().catch(() => {});
    }
  }
  for (const replica of (env.DATABASE_REPLICA_URLS ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const db = new Client({ connectionString: replica, connectionTimeoutMillis: 5000 });
    try {
      await within(db.connect(), 6000, "replica");
      const [{ r }] = (await db.query("SELECT pg_is_in_recovery() AS r")).rows;
      add("replica", r ? "ok" : "warn", r ? `${new URL(replica).host} is a streaming replica` : `${new URL(replica).host} is not in recovery: is it really a replica?`);
    } catch (e) {
      // Not fatal: the app reads from the primary while a replica is away (server/db-replica.ts).
      add("replica", "warn", `${new URL(replica).host}: ${message(e)} (reads go to the primary until it answers)`);
    } finally {
      await db.end().catch(() => {});
    }
  }

  // 3. File storage: write, read back, delete; a bucket must not serve files to anyone.
  const s3 = s3SettingsFromEnv(env);
  const where = s3 ? `bucket ${s3.bucket}` : `folder ${env.STORAGE_DIR ?? ".data/storage"}`;
  try {
    const store: FileStorage = defaultStorage("marketplace-attachments", env);
    const probe = `${newFileKey()}.probe`;
    const bytes = Buffer.from(`preflight ${new Date().toISOString()}`);
    await within(store.put(probe, bytes, "text/plain"), 10_000, "storage");
    try {
      const back = await store.get(probe);
      if (!back?.equals(bytes)) throw new Error("a file written could not be read back");
      if (store instanceof S3FileStorage && s3) {
        const anonymous = await fetch((await store.signedUrl(probe, 60)).split("?")[0]).catch(() => null);
        if (anonymous?.ok) add("storage privacy", "fail", `${where} serves files without a signature: make the bucket private`);
        else add("storage privacy", "ok", `${where} refuses unsigned reads`);
      }
    } finally {
      await store.delete(probe);
    }
    add("storage", "ok", `${where} is writable`);
  } catch (e) {
    add("storage", "fail", `${where}: ${message(e)}`);
  }

  // 4. SMTP.
  if (!env.SMTP_URL) {
    add("smtp", "warn", "SMTP_URL is not set: e-mails stay in the queue table (the development outbox) and nobody gets them");
  } else {
    const t = nodemailer.createTransport(env.SMTP_URL);
    try {
      await within(t.verify(), 15_000, "smtp");
      add("smtp", "ok", `${new URL(env.SMTP_URL).host} accepts our login`);
    } catch (e) {
      add("smtp", "fail", `${safeHost(env.SMTP_URL)}: ${message(e)}`);
    } finally {
      t.close();
    }
  }

  // 5. The OpenID provider of the city's staff, when single sign-on is configured.
  if (env.OIDC_ISSUER) {
    const url = `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`;
    try {
      const res = await within(fetch(url), 10_000, "oidc");
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const doc = (await res.json()) as { issuer?: string; authorization_endpoint?: string };
      if (doc.issuer?.replace(/\/$/, "") !== env.OIDC_ISSUER.replace(/\/$/, "")) throw new Error(`the document names issuer ${doc.issuer}`);
      if (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) throw new Error("OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set too");
      add("oidc", "ok", `${doc.issuer} discovery answers`);
    } catch (e) {
      add("oidc", "fail", `${url}: ${message(e)}`);
    }
  } else {
    add("oidc", "skip", "OIDC_ISSUER not set: staff sign in with passwords");
  }
  return checks;
}

/** A URL's host without its password, for messages. */
function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "(unparseable URL)";
  }
}

export function format(checks: Check[]): string {
  const mark = { ok: "✓", fail: "✗", warn: "!", skip: "-" } as const;
  return checks.map((c) => `${mark[c.status]} ${c.name.padEnd(16)} ${c.detail}`).join("\n");
}

if (require.main === module) {
  (async () => {
    const checks = await preflight(process.env);
    console.log(format(checks));
    const failed = checks.filter((c) => c.status === "fail");
    console.log(failed.length ? `\n${failed.length} problem(s): fix them before starting.` : "\nReady to start.");
    process.exit(failed.length ? 1 : 0);
  })().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
