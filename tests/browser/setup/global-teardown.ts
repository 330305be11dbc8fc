import { Client } from "pg";
import { state } from "./global-setup";

function exited(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

/** Stops the app the setup started (its process group), drops its database, stops PostgreSQL. */
export default async function globalTeardown(): Promise<void> {
  const s = state();
  const pid = s.server?.pid;
  if (pid) {
    try {
      process.kill(-pid, "SIGINT");
    } catch {
      /* already gone */
    }
    const until = Date.now() + 20_000;
    while (!exited(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    if (!exited(pid)) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* gone meanwhile */
      }
    }
  }
  if (s.adminUrl && s.database && !process.env.KEEP_BROWSER_DB) {
    const admin = new Client({ connectionString: s.adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${s.database}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  await s.pg?.stop();
  await s.city?.stop();
}
