import type { DomainModule } from "../module";

export const marketplaceModule: DomainModule = {
  name: "marketplace",
  resolvers: [],
};
