import type { DomainModule } from "../module";
import { newsJobs } from "./news.jobs";
import { NewsEditorResolver, NewsPostDraftResolver, NewsPostEditResolver, NewsPostResolver, NewsRevisionResolver } from "./news.resolver";
import { seedNews } from "./news.seed";
import { NewsletterEditorResolver, NewsletterIssueEditResolver, NewsletterResolver } from "./newsletter.resolver";
import {
  ProgrammePageDraftResolver,
  ProgrammePageEditorResolver,
  ProgrammePageResolver,
  ProgrammePageRevisionResolver,
  ProgrammePartnerEditResolver,
  ProgrammePartnerEditorResolver,
  ProgrammePartnerResolver,
} from "./programme.resolver";

export const newsModule: DomainModule = {
  name: "news",
  resolvers: [
    NewsPostResolver,
    NewsPostDraftResolver,
    NewsEditorResolver,
    NewsPostEditResolver,
    NewsRevisionResolver,
    NewsletterResolver,
    NewsletterEditorResolver,
    NewsletterIssueEditResolver,
    ProgrammePageResolver,
    ProgrammePageDraftResolver,
    ProgrammePageEditorResolver,
    ProgrammePageRevisionResolver,
    ProgrammePartnerResolver,
    ProgrammePartnerEditorResolver,
    ProgrammePartnerEditResolver,
    ],
  jobs: newsJobs,
  seed: seedNews,
};
