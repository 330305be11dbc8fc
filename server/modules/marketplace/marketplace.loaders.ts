import type { DataSource } from "typeorm";

/** Per-request DataLoaders of the marketplace domain. */
export function createMarketplaceLoaders(_db: DataSource) {
  return {};
}
