import "reflect-metadata";
import { prepareEnvironment, runNextDev } from "./cli";
import { migrateAndSeed } from "./seed";

/**
 * `npm run dev`: the embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo
 * data, then `next dev`. Ctrl-C stops Next.js and then PostgreSQL, cleanly.
 */
async function main() {
  const log = (s: string) => console.log(`[pes-tor] ${s}`);
  const pg = await prepareEnvironment({ log });
  try {
    await migrateAndSeed(process.env.DATABASE_URL!, log);
  } catch (err) {
    await pg?.stop();
    throw err;
  }
  runNextDev(pg, log);
  log(`PES-TOR: http://localhost:${process.env.PORT ?? "3000"}  (demo accounts: see README)`);
}

main().catch((err) => {
  console.error(`[pes-tor] ${err.message ?? err}`);
  process.exit(1);
});
