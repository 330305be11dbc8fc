import type { DomainModule } from "../module";

export const trainingsModule: DomainModule = {
  name: "trainings",
  resolvers: [],
};
