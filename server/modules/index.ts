import { pruneChangeRowsJob } from "../result-cache";
import { activityModule } from "./activity";
import { adminModule } from "./admin";
import { figuresModule } from "./figures";
import { marketplaceModule } from "./marketplace";
import type { DomainModule, Job } from "./module";
import { newsModule } from "./news";
import { notificationsModule } from "./notifications";
import { organizationsModule } from "./organizations";
import { premisesModule } from "./premises";
import { searchModule } from "./search";
import { trainingsModule } from "./trainings";
import { usersModule } from "./users";

/** Every domain, in seeding order (later ones refer to earlier ones' data). */
export const modules: DomainModule[] = [
  usersModule,
  organizationsModule,
  adminModule,
  premisesModule,
  trainingsModule,
  newsModule,
  marketplaceModule,
  searchModule,
  figuresModule,
  activityModule,
  notificationsModule,
];

export const resolvers = modules.flatMap((m) => m.resolvers);
export const jobs: Job[] = [...modules.flatMap((m) => m.jobs ?? []), pruneChangeRowsJob];
