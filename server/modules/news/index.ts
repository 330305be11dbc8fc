import type { DomainModule } from "../module";
import { newsJobs } from "./news.jobs";
import { NewsPostResolver, NewsRevisionResolver } from "./news.resolver";
import { seedNews } from "./news.seed";
import { NewsletterResolver } from "./newsletter.resolver";
import { ProgrammePageResolver, ProgrammePageRevisionResolver, ProgrammePartnerResolver } from "./programme.resolver";

export const newsModule: DomainModule = {
  name: "news",
  resolvers: [NewsPostResolver, NewsRevisionResolver, NewsletterResolver, ProgrammePageResolver, ProgrammePageRevisionResolver, ProgrammePartnerResolver],
  jobs: newsJobs,
  seed: seedNews,
};
