import { NewsPost } from "./news-post.entity";
import { NewsRevision } from "./news-revision.entity";
import { NewsletterIssue, NewsletterSubscriber } from "./newsletter.entity";
import { ProgrammePage, ProgrammePageRevision } from "./programme-page.entity";
import { ProgrammePartner } from "./programme-partner.entity";

export * from "./news-post.entity";
export * from "./news-revision.entity";
export * from "./newsletter.entity";
export * from "./programme-page.entity";
export * from "./programme-partner.entity";

// Entities of the news domain, listed here so that entities/index.ts never changes.
export const newsEntities: Function[] = [NewsPost, NewsRevision, NewsletterSubscriber, NewsletterIssue, ProgrammePage, ProgrammePageRevision, ProgrammePartner];
