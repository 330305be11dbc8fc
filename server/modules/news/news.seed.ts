import type { EntityManager } from "typeorm";
import sharp from "sharp";
import {
  NewsletterIssue,
  NewsletterIssueStatus,
  NewsPost,
  NewsRevision,
  NewsStatus,
  ProgrammePage,
  ProgrammePageRevision,
  ProgrammePartner,
} from "../../../entities/news";
import { storeLogo } from "./partner-logos";
import { PARTNERS_SEED, PROGRAMME_PAGES_SEED } from "./programme.seed-data";
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
    // Published from the start: a fresh site shows its sections at once.
    const page = await em.save(em.getRepository(ProgrammePage).create({ ...p, position: i, updatedById: author.id, publishedAt: new Date() }));
    await em.insert(ProgrammePageRevision, { pageId: page.id, title: p.title, body: p.body, titleEn: p.titleEn, bodyEn: p.bodyEn, authorId: author.id, kind: "CREATE" });
  }
  for (const [i, p] of PARTNERS_SEED.entries()) {
    const logo = await storeLogo(await placeholderLogo(p.logo.initials, p.logo.color));
    await em.insert(ProgrammePartner, {
      name: p.name,
      url: p.url,
      description: p.description,
      position: i,
      logoKey: logo.key,
      logoWidth: logo.width,
      logoHeight: logo.height,
    });
  }
}

/** A plain placeholder logo (initials on a coloured badge), drawn at seed time so the repository holds no image files. */
async function placeholderLogo(initials: string, color: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" viewBox="0 0 320 120">
    <rect x="4" y="4" width="312" height="112" rx="16" fill="#fff" stroke="${color}" stroke-width="6"/>
    <circle cx="64" cy="60" r="36" fill="${color}"/>
    <text x="120" y="76" font-family="DejaVu Sans, Arial, sans-serif" font-size="40" font-weight="700" fill="${color}">${initials}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
