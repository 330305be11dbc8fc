import type { DataSource } from "typeorm";
import { createMarketplaceLoaders } from "./modules/marketplace/marketplace.loaders";
import { createMarketplaceMediaLoaders } from "./modules/marketplace/media.loaders";
import { createNewsLoaders } from "./modules/news/news.loaders";
import { createPremisesLoaders } from "./modules/premises/premises.loaders";
import { createTrainingsLoaders } from "./modules/trainings/trainings.loaders";
import { createUserLoaders } from "./modules/users/users.loaders";

const MODULES = [
  createUserLoaders,
  createPremisesLoaders,
  createTrainingsLoaders,
  createNewsLoaders,
  createMarketplaceLoaders,
  createMarketplaceMediaLoaders,
] as const;

type Union = ReturnType<(typeof MODULES)[number]>;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
export type Loaders = Intersection<Union>;

const DB = Symbol("db");

/**
 * All DataLoaders of one request, made anew for every request so nothing is cached across
 * users. A module's loaders are made on the first read of one of them: a request uses one
 * or two modules' loaders, and making all of them up front was 2–3 % of a cheap list's CPU.
 */
class RequestLoaders {
  readonly [DB]: DataSource;
  constructor(db: DataSource) {
    this[DB] = db;
  }
}

let described = false;

/** Once per process: a getter per loader name on the prototype, making that loader's module's set (making reads nothing). */
function describe(db: DataSource): void {
  for (const make of MODULES) {
    for (const name of Object.keys(make(db))) {
      Object.defineProperty(RequestLoaders.prototype, name, {
        get(this: RequestLoaders) {
          const made = make(this[DB]) as Record<string, unknown>;
          for (const [key, loader] of Object.entries(made)) Object.defineProperty(this, key, { value: loader, enumerable: true });
          return made[name];
        },
      });
    }
  }
  described = true;
}

export function createLoaders(db: DataSource): Loaders {
  if (!described) describe(db);
  return new RequestLoaders(db) as unknown as Loaders;
}
