import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { waitForExit } from "../../../server/embedded-postgres";
import { RESULTS, state } from "./global-setup";

/**
 * A message key a page asked for that no message file has: the page showed the raw key,
 * which no assertion of a spec may happen to look at (the approvals page did so unseen).
 */
function missingMessages(): string[] {
  const log = path.join(RESULTS, "browser-server.log");
  return existsSync(log) ? readFileSync(log, "utf8").split("\n").filter((line) => line.includes("MISSING_MESSAGE")) : [];
}

/**
 * Stops the app the setup started (its process group), drops its database, stops
 * PostgreSQL; then fails the run if the app logged a missing message while the specs ran.
 */
export default async function globalTeardown(): Promise<void> {
  const s = state();
  const pid = s.server?.pid;
  if (pid) {
    try {
      process.kill(-pid, "SIGINT");
    } catch {
      /* already gone */
    }
    if (!(await waitForExit(pid, 20_000))) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        /* gone meanwhile */
      }
    }
  }
  s.reaper?.kill();
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
  const missing = pid ? missingMessages() : [];
  if (missing.length) {
    throw new Error(`The app logged ${missing.length} missing message(s) (test-results/browser-server.log):\n${missing.slice(0, 10).join("\n")}`);
  }
}
