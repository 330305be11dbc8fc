import "reflect-metadata";
import { readFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { startEmbeddedPostgres, type EmbeddedHandle } from "../server/embedded-postgres";
import { runMain } from "./run-main";

/**
 * Shared by the npm scripts: makes sure DATABASE_URL points at a database (starting the
 * embedded PostgreSQL when it is unset) and that development has a stable secret.
 */
export async function prepareEnvironment(opts: { log: (s: string) => void }): Promise<EmbeddedHandle | null> {
  loadDotEnv();
  if (process.env.NODE_ENV !== "production" && !process.env.NEXTAUTH_SECRET) {
    const file = path.resolve(".data/dev-secret");
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
    }
    process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
  }
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
  if (process.env.DATABASE_URL) return null;
  if (process.env.NODE_ENV === "production") {
    throw new Error("DATABASE_URL is required in production (see .env.example).");
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const dir = process.env.EMBEDDED_PG_DIR ?? ".data/pg";
  opts.log(`DATABASE_URL is not set: starting the embedded PostgreSQL (${dir}, port ${port}) …`);
  const handle = await startEmbeddedPostgres({ dir, port, database: "pestor", log: () => {} });
  process.env.DATABASE_URL = handle.url;
  return handle;
}

/**
 * A database task run from the command line (`npm run db:migrate`, `db:seed`): on the
 * configured database, or the embedded one started for it and stopped after it.
 */
export function runWithDatabase(task: (url: string) => Promise<void>): void {
  runMain(async () => {
    const pg = await prepareEnvironment({ log: console.log });
    try {
      await task(process.env.DATABASE_URL!);
    } finally {
      await pg?.stop();
    }
  });
}

/** Reads `.env` if present (never required); real environment variables win. */
function loadDotEnv(): void {
  if (!existsSync(".env")) return;
  for (const line of readFileSync(".env", "utf8").split("\n")) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && process.env[m[1]] === undefined) process.env[m[1]] = m[2].replace(/^["']|["']$/g, "");
  }
}

/**
 * Runs `next dev` in the foreground and forwards Ctrl-C/SIGTERM to it once; when
 * Next.js exits, the embedded PostgreSQL (if any) is stopped after it — never before, so
 * no request in flight loses its database — and the process exits with Next's code.
 * (`npm start` runs Next.js in its own process instead: scripts/serve.ts.)
 */
export function runNextDev(pg: EmbeddedHandle | null, log: (s: string) => void): void {
  const port = process.env.PORT ?? "3000";
  const next = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "dev", "-p", port], {
    stdio: "inherit",
    env: process.env,
  });
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    next.kill(signal);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  next.on("exit", async (code) => {
    if (pg) {
      log("Stopping the embedded PostgreSQL …");
      await pg.stop();
    }
    process.exit(code ?? 0);
  });
}
