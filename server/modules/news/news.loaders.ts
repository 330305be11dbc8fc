import type { DataSource } from "typeorm";

/** Per-request DataLoaders of the news domain. */
export function createNewsLoaders(_db: DataSource) {
  return {};
}
