import type { DataSource } from "typeorm";

/** Per-request DataLoaders of the trainings domain. */
export function createTrainingsLoaders(_db: DataSource) {
  return {};
}
