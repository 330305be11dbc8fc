import type { DataSource, EntityManager } from "typeorm";
import type { Organization } from "../../entities/organizations";
import type { User } from "../../entities/users";

/** A periodic background job; runs on every app node, so it must be safe to run twice at once. */
export interface Job {
  name: string;
  everySeconds: number;
  run(db: DataSource): Promise<void>;
}

export type DemoUserKey = "admin" | "official" | "pes" | "pes2" | "resident";

/** What the seeds of earlier modules made, for the later ones to refer to. */
export interface SeedContext {
  demoPassword: string;
  users: Record<DemoUserKey, User>;
  /** By the stable keys of server/seed/data/organizations.data.ts. */
  organizations: Record<string, Organization>;
  /** Deterministic pseudo-random numbers in [0, 1). */
  random(): number;
}

export interface DomainModule {
  name: string;
  resolvers: Function[];
  jobs?: Job[];
  /** Writes this domain's demo data; runs once per database (see seed_log). */
  seed?(em: EntityManager, ctx: SeedContext): Promise<void>;
}
