import type { DataSource } from "typeorm";

/** Per-request DataLoaders of the premises domain. */
export function createPremisesLoaders(_db: DataSource) {
  return {};
}
