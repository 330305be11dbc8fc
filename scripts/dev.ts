import "reflect-metadata";
import { spawn } from "node:child_process";
import { prepareEnvironment } from "./cli";
import { migrateAndSeed } from "./seed";

/**
 * `npm run dev`: the embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo
 * data, then `next dev`. Ctrl-C stops Next.js and then PostgreSQL, cleanly.
 */
async function main() {
  const log = (s: string) => console.log(`[pes-tor] ${s}`);
  const pg = await prepareEnvironment({ log });
  let stopping = false;
  const stopPg = async () => {
    if (pg) {
      log("Stopping the embedded PostgreSQL …");
      await pg.stop();
    }
  };
  try {
    await migrateAndSeed(process.env.DATABASE_URL!, log);
  } catch (err) {
    await stopPg();
    throw err;
  }
  const port = process.env.PORT ?? "3000";
  const next = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "dev", "-p", port], {
    stdio: "inherit",
    env: process.env,
  });
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    next.kill(signal);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  next.on("exit", async (code) => {
    await stopPg();
    process.exit(code ?? 0);
  });
  log(`PES-TOR: http://localhost:${port}  (demo accounts: see README)`);
}

main().catch((err) => {
  console.error(`[pes-tor] ${err.message ?? err}`);
  process.exit(1);
});
