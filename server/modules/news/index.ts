import type { DomainModule } from "../module";
import { newsJobs } from "./news.jobs";
import { NewsEditorResolver, NewsPostResolver, NewsRevisionResolver } from "./news.resolver";
import { seedNews } from "./news.seed";
import { NewsletterEditorResolver, NewsletterResolver } from "./newsletter.resolver";
import {
  ProgrammePageEditorResolver,
  ProgrammePageResolver,
  ProgrammePageRevisionResolver,
  ProgrammePartnerEditorResolver,
  ProgrammePartnerResolver,
} from "./programme.resolver";

export const newsModule: DomainModule = {
  name: "news",
  resolvers: [
    NewsPostResolver,
    NewsEditorResolver,
    NewsRevisionResolver,
    NewsletterResolver,
    NewsletterEditorResolver,
    ProgrammePageResolver,
    ProgrammePageEditorResolver,
    ProgrammePageRevisionResolver,
    ProgrammePartnerResolver,
    ProgrammePartnerEditorResolver,
  ],
  jobs: newsJobs,
  seed: seedNews,
};
