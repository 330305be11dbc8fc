import type { DomainModule } from "../module";

export const newsModule: DomainModule = {
  name: "news",
  resolvers: [],
};
