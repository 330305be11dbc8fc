import type { Job } from "../module";
import { publishDuePosts } from "./news.service";
import { expirePendingSubscribers } from "./newsletter.service";

export const newsJobs: Job[] = [
  // Readers see due posts already (query-time rule); this only tidies the status column.
  { name: "news.publish-scheduled", everySeconds: 60, run: async (db) => void (await publishDuePosts(db)) },
  // Unconfirmed newsletter addresses are forgotten once their link expires.
  { name: "newsletter.expire-pending", everySeconds: 3600, run: async (db) => void (await expirePendingSubscribers(db)) },
];
