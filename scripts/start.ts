import "reflect-metadata";
import { prepareEnvironment } from "./cli";
import { migrate } from "./migrate";
import { migrateAndSeed } from "./seed";
import { serveProduction } from "./serve";

/**
 * `npm start`: serves the production build. Migrations run first; demo data only outside
 * production. In production DATABASE_URL and NEXTAUTH_SECRET are required. Next.js runs
 * in this process behind scripts/serve.ts, which answers /api/graphql itself.
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
  await serveProduction(pg, log);
}

main().catch((err) => {
  console.error(`[pes-tor] ${err.message ?? err}`);
  process.exit(1);
});
