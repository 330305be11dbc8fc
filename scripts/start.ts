import "reflect-metadata";
import { spawn } from "node:child_process";
import { prepareEnvironment } from "./cli";
import { migrate } from "./migrate";
import { migrateAndSeed } from "./seed";

/**
 * `npm start`: serves the production build. Migrations run first; demo data only outside
 * production. In production DATABASE_URL and NEXTAUTH_SECRET are required.
 */
async function main() {
  const log = (s: string) => console.log(`[pes-tor] ${s}`);
  const production = process.env.NODE_ENV === "production";
  if (production && !process.env.NEXTAUTH_SECRET) {
    throw new Error("NEXTAUTH_SECRET is required in production (see .env.example).");
  }
  const pg = await prepareEnvironment({ log });
  if (production) {
    const applied = await migrate(process.env.DATABASE_URL!);
    if (applied.length) log(`Migrations applied: ${applied.join(", ")}`);
  } else {
    await migrateAndSeed(process.env.DATABASE_URL!, log);
  }
  const port = process.env.PORT ?? "3000";
  const next = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", port], {
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
    await pg?.stop();
    process.exit(code ?? 0);
  });
}

main().catch((err) => {
  console.error(`[pes-tor] ${err.message ?? err}`);
  process.exit(1);
});
