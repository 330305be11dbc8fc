import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";

const run = promisify(execFile);

/**
 * The folder of PostgreSQL's server programs (initdb, pg_ctl, pg_basebackup): `PG_BINDIR`,
 * else `pg_config --bindir`, else Debian's PostgreSQL 15. Null when there is none.
 */
export function postgresBinDir(): string | null {
  const candidates = [process.env.PG_BINDIR];
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    // no pg_config on the PATH
  }
  candidates.push("/usr/lib/postgresql/15/bin");
  return candidates.find((d) => d && ["initdb", "pg_ctl", "pg_basebackup", "pg_dump", "pg_restore", "createdb"].every((b) => existsSync(path.join(d, b)))) ?? null;
}

/** A free port in 54360–54369 (the range of this test suite's own PostgreSQL servers). */
async function freePort(taken: number[]): Promise<number> {
  for (let port = 54360; port <= 54369; port++) {
    if (taken.includes(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const s = net.createServer().once("error", () => resolve(false));
      s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error("no free port in 54360-54369");
}

export interface ReplicaPair {
  primaryUrl: string;
  replicaUrl: string;
  /** One query on the primary or the replica (a fresh connection each time). */
  sql<T = Record<string, unknown>>(on: "primary" | "replica", query: string): Promise<T[]>;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  stopReplica(): Promise<void>;
  /** Stops both servers and removes their folders; safe to call after a failed start. */
  teardown(): Promise<void>;
}

/**
 * A PostgreSQL primary and a streaming replica of it (initdb, pg_basebackup -R) in a
 * temporary folder, with database `database` copied from `sourceUrl` (pg_dump, before the
 * base backup). PostgreSQL refuses to run as root: as root, the servers run as `postgres`.
 */
export async function startReplicaPair(bin: string, sourceUrl: string, database = "pestor"): Promise<ReplicaPair> {
  const dir = await mkdtemp(path.join(tmpdir(), "pg-replica-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    await chown(dir, id("-u"), id("-g"));
  }
  const server = (prog: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, prog), ...args], { cwd: dir }) : run(path.join(bin, prog), args, { cwd: dir });
  const primaryDir = path.join(dir, "primary");
  const replicaDir = path.join(dir, "replica");
  const started: string[] = [];
  const options = (port: number) => `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c full_page_writes=off`;
  const stop = async (data: string) => {
    if (!started.includes(data)) return;
    started.splice(started.indexOf(data), 1);
    await server("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
  };
  const teardown = async () => {
    for (const data of [...started]) await stop(data);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const primaryPort = await freePort([]);
    const replicaPort = await freePort([primaryPort]);
    const url = (port: number, db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
    await server("initdb", ["-D", primaryDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"]);
    await server("pg_ctl", ["-D", primaryDir, "-o", options(primaryPort), "-l", path.join(dir, "primary.log"), "-w", "start"]);
    started.push(primaryDir);
    // The schema (every migration applied) comes from the test template.
    const dump = path.join(dir, "schema.dump");
    await run(path.join(bin, "pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${dump}`, sourceUrl]);
    await run(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", database]);
    await run(path.join(bin, "pg_restore"), ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${url(primaryPort, database)}`, dump]);
    await server("pg_basebackup", ["-D", replicaDir, "-R", "-X", "stream", "-c", "fast", "-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres"]);
    await server("pg_ctl", ["-D", replicaDir, "-o", options(replicaPort), "-l", path.join(dir, "replica.log"), "-w", "start"]);
    started.push(replicaDir);

    const sql = async <T>(on: "primary" | "replica", query: string): Promise<T[]> => {
      const c = new Client({ connectionString: url(on === "primary" ? primaryPort : replicaPort, database) });
      await c.connect();
      try {
        return (await c.query(query)).rows as T[];
      } finally {
        await c.end();
      }
    };
    const poll = async (what: string, test: () => Promise<boolean>) => {
      for (let i = 0; i < 300; i++) {
        if (await test()) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`replica: ${what} did not happen within 30 s`);
    };
    await poll("streaming", async () => (await sql<{ state: string }>("primary", "SELECT state FROM pg_stat_replication")).some((r) => r.state === "streaming"));
    return {
      primaryUrl: url(primaryPort, database),
      replicaUrl: url(replicaPort, database),
      sql,
      async caughtUp() {
        const [{ lsn }] = await sql<{ lsn: string }>("primary", "SELECT pg_current_wal_lsn()::text AS lsn");
        await poll("catching up", async () => {
          const [{ behind }] = await sql<{ behind: boolean }>("replica", `SELECT pg_last_wal_replay_lsn() < '${lsn}'::pg_lsn AS behind`);
          return !behind;
        });
      },
      stopReplica: () => stop(replicaDir),
      teardown,
    };
  } catch (err) {
    await teardown();
    throw err;
  }
}
