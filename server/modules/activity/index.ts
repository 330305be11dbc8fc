import type { DomainModule } from "../module";
import { ActivityResolver } from "./activity.resolver";

/** "Moje sprawy": what waits for a person across the domains (counts only; the lists live in their domains). */
export const activityModule: DomainModule = {
  name: "activity",
  resolvers: [ActivityResolver],
};
