import type { DataSource } from "typeorm";
import { createMarketplaceLoaders } from "./modules/marketplace/marketplace.loaders";
import { createMarketplaceMediaLoaders } from "./modules/marketplace/media.loaders";
import { createNewsLoaders } from "./modules/news/news.loaders";
import { createPremisesLoaders } from "./modules/premises/premises.loaders";
import { createTrainingsLoaders } from "./modules/trainings/trainings.loaders";
import { createUserLoaders } from "./modules/users/users.loaders";

/** All DataLoaders, made anew for every request so nothing is cached across users. */
export function createLoaders(db: DataSource) {
  return {
    ...createUserLoaders(db),
    ...createPremisesLoaders(db),
    ...createTrainingsLoaders(db),
    ...createNewsLoaders(db),
    ...createMarketplaceLoaders(db),
    ...createMarketplaceMediaLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
