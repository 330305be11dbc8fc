import type { DataSource } from "typeorm";
import { SeedLog } from "../../entities/system";
import { logger } from "../logger";
import { modules } from "../modules";
import type { SeedContext } from "../modules/module";
import { loadSeedRefs } from "../modules/users/users.seed";

/** Mulberry32: small, fast and deterministic, so every seeded database looks the same. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes the demo data of every module that has not been seeded in this database yet,
 * each module in its own transaction. Running it again adds nothing.
 */
export async function seed(db: DataSource, opts: { demoPassword: string; log?: (s: string) => void }): Promise<string[]> {
  if (process.env.NODE_ENV === "production") throw new Error("The demo seed never runs in production.");
  const done: string[] = [];
  for (const m of modules) {
    if (!m.seed) continue;
    await db.transaction(async (em) => {
      // Serialises concurrent seeders (two app nodes starting at once).
      await em.query("SELECT pg_advisory_xact_lock(hashtext('pestor-seed'))");
      if (await em.getRepository(SeedLog).existsBy({ module: m.name })) return;
      const refs = m.name === "users" ? { users: {}, organizations: {} } : await loadSeedRefs(em);
      const ctx = { demoPassword: opts.demoPassword, random: seededRandom(2013), ...refs } as SeedContext;
      await m.seed!(em, ctx);
      await em.insert(SeedLog, { module: m.name });
      done.push(m.name);
    });
  }
  (opts.log ?? ((s: string) => logger.info(s)))(done.length ? `Seeded: ${done.join(", ")}` : "Demo data already present");
  return done;
}
