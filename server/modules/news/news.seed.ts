import type { EntityManager } from "typeorm";
import { NewsletterIssue, NewsletterIssueStatus, NewsPost, NewsRevision, NewsStatus, ProgrammePage, ProgrammePageRevision } from "../../../entities/news";
import { PROGRAMME_PAGES_SEED } from "./programme.seed-data";
import { NEWS_SEED, NEWSLETTER_2013_07_02 } from "../../seed/data/news.data";
import type { SeedContext } from "../module";

/**
 * The five items of the 2 July 2013 newsletter as published posts, that newsletter as a
 * sent issue, and the first version of the programme page's sections.
 */
export async function seedNews(em: EntityManager, ctx: SeedContext): Promise<void> {
  const author = ctx.users.admin;
  const ids = new Map<string, string>();
  for (const n of NEWS_SEED) {
    const at = new Date(n.publishedAt);
    const post = em.getRepository(NewsPost).create({
      slug: n.slug,
      title: n.title,
      body: n.body,
      lead: n.lead,
      category: n.category,
      coverImageUrl: null,
      status: NewsStatus.PUBLISHED,
      publishedAt: at,
      authorId: author.id,
      createdAt: at,
      updatedAt: at,
    });
    await em.save(post);
    ids.set(n.slug, post.id);
    await em.insert(NewsRevision, {
      postId: post.id,
      title: n.title,
      body: n.body,
      lead: n.lead,
      category: n.category,
      coverImageUrl: null,
      kind: "CREATE",
      authorId: author.id,
      createdAt: at,
    });
  }
  await em.insert(NewsletterIssue, {
    subject: NEWSLETTER_2013_07_02.subject,
    intro: NEWSLETTER_2013_07_02.intro,
    postIds: NEWSLETTER_2013_07_02.itemSlugs.map((s) => ids.get(s)!),
    status: NewsletterIssueStatus.SENT,
    sentAt: new Date(NEWSLETTER_2013_07_02.sentAt),
    recipientCount: 0,
    createdById: author.id,
    createdAt: new Date(NEWSLETTER_2013_07_02.sentAt),
  });
  for (const [i, p] of PROGRAMME_PAGES_SEED.entries()) {
    const page = await em.save(em.getRepository(ProgrammePage).create({ ...p, position: i, updatedById: author.id }));
    await em.insert(ProgrammePageRevision, { pageId: page.id, title: p.title, body: p.body, authorId: author.id });
  }
}
