import type { DomainModule } from "../module";
import { FollowsResolver, MyFollowsResolver } from "./follows.resolver";
import { notificationJobs } from "./notifications.jobs";
import { NotificationsResolver } from "./notifications.resolver";

/** One notification centre: every feature's per-person events, their list, and e-mail by preference (`notify`). */
export const notificationsModule: DomainModule = {
  name: "notifications",
  resolvers: [NotificationsResolver, FollowsResolver, MyFollowsResolver],
  jobs: notificationJobs,
};
