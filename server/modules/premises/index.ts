import type { DomainModule } from "../module";

export const premisesModule: DomainModule = {
  name: "premises",
  resolvers: [],
};
