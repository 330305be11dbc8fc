import type { DataSource, EntityManager } from "typeorm";
import { NewsPost, NewsRevision, NewsStatus } from "../../../entities/news";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, forbidden } from "../../errors";
import { slugify } from "../../../entities/identifiers";
import { requireUser } from "../../auth/require-user";
import { checkFirst, decodeCursor, edgesOf, escapeLike, pageInfoOf } from "../pagination";
import type { NewsPostInput } from "./news.inputs";
import { isLive, isNewsEditor, LIVE_SQL } from "./news.policy";
import { findByIdOrNotFound, isUuid, lockByIdOrNotFound } from "../../ids";
import { diffTwoRevisions } from "./revision-diff";
import type { NewsArchiveMonth, NewsCategoryCount, NewsPostConnection, TextDiffPart } from "./news.types";

const SLUG_MAX = 80;

/**
 * Polish-aware slug cut at a word boundary (at most 80 characters):
 * "Toruń – pierwsze miasto…" → "torun-pierwsze-miasto…".
 */
export function newsSlug(title: string): string {
  const full = slugify(title, 500);
  if (full.length <= SLUG_MAX) return full || "aktualnosc";
  const cut = full.slice(0, SLUG_MAX + 1);
  const atWord = cut.lastIndexOf("-");
  return (atWord > 20 ? cut.slice(0, atWord) : full.slice(0, SLUG_MAX)).replace(/-+$/, "");
}

/** Segments of app/news/ that are routes of their own: a post with such a slug could never be read. */
const ROUTE_SEGMENTS = ["covers"];

/** The base slug, or base-2, base-3… when taken (or a route's own name). Call inside the transaction that inserts. */
async function uniqueSlug(em: EntityManager, title: string): Promise<string> {
  const base = newsSlug(title);
  // Serialises slug choice, so two posts with the same title never race for one slug.
  await em.query("SELECT pg_advisory_xact_lock(hashtext('pestor-news-slug'))");
  const taken = await em
    .getRepository(NewsPost)
    .createQueryBuilder("p")
    .select("p.slug", "slug")
    .where("p.slug = :base OR p.slug LIKE :pattern", { base, pattern: `${escapeLike(base)}-%` })
    .getRawMany<{ slug: string }>();
  const set = new Set([...taken.map((t) => t.slug), ...ROUTE_SEGMENTS]);
  if (!set.has(base)) return base;
  for (let i = 2; ; i++) if (!set.has(`${base}-${i}`)) return `${base}-${i}`;
}

type Content = Pick<NewsPost, "title" | "body" | "category" | "lead" | "coverImageUrl">;

function contentOf(input: NewsPostInput): Content {
  return {
    title: input.title,
    body: input.body,
    category: input.category || null,
    lead: input.lead || null,
    coverImageUrl: input.coverImageUrl || null,
  };
}

/** The version an editor works on: the pending edit of a live post, else the post itself. */
export function workingCopy(p: NewsPost): Content {
  if (p.draftTitle === null || p.draftBody === null) {
    return { title: p.title, body: p.body, category: p.category, lead: p.lead, coverImageUrl: p.coverImageUrl };
  }
  return { title: p.draftTitle, body: p.draftBody, category: p.draftCategory, lead: p.draftLead, coverImageUrl: p.draftCoverImageUrl };
}

function sameContent(a: Content, b: Content): boolean {
  return a.title === b.title && a.body === b.body && a.category === b.category && a.lead === b.lead && a.coverImageUrl === b.coverImageUrl;
}

function setLive(p: NewsPost, c: Content): void {
  Object.assign(p, c);
  clearDraft(p);
}

function clearDraft(p: NewsPost): void {
  Object.assign(p, { draftTitle: null, draftBody: null, draftCategory: null, draftLead: null, draftCoverImageUrl: null });
}

function setDraft(p: NewsPost, c: Content): void {
  Object.assign(p, {
    draftTitle: c.title,
    draftBody: c.body,
    draftCategory: c.category,
    draftLead: c.lead,
    draftCoverImageUrl: c.coverImageUrl,
  });
}

/** Makes the pending edit (if any) the post's own content. */
function foldDraft(p: NewsPost): void {
  setLive(p, workingCopy(p));
}

async function lockPost(em: EntityManager, id: string): Promise<NewsPost> {
  const post = await lockByIdOrNotFound(em, NewsPost, id, "News post");
  return post;
}

async function keepRevision(em: EntityManager, postId: string, c: Content, authorId: string, kind: string): Promise<void> {
  await em.insert(NewsRevision, { postId, ...c, authorId, kind });
}

export interface NewsListArgs {
  first: number;
  after?: string | null;
  includeUnpublished: boolean;
  category?: string | null;
  year?: number | null;
  month?: number | null;
  /** Words in the published title, lead or body (accent-insensitive). */
  search?: string | null;
}

/**
 * A page of news. Readers get published posts, newest first (publishedAt, then id).
 * With `includeUnpublished` (admins only; anyone else gets FORBIDDEN) every post comes,
 * most recently edited first.
 */
export async function listNewsPosts(ctx: Context, args: NewsListArgs): Promise<NewsPostConnection> {
  checkFirst(args.first);
  if (args.includeUnpublished && !isNewsEditor(ctx)) throw forbidden("Only admins see unpublished news");
  const admin = args.includeUnpublished;
  const sortCol = admin ? "p.updated_at" : "p.published_at";
  const scope = admin ? "news:all" : "news:public";
  const base = ctx.db.getRepository(NewsPost).createQueryBuilder("p");
  if (!admin) base.where(LIVE_SQL("p"));
  if (args.category) base.andWhere("p.category = :category", { category: args.category });
  if (args.year != null) {
    if (!Number.isInteger(args.year) || args.year < 1990 || args.year > 2200) throw badInput({ year: "Invalid year" });
    if (args.month != null && (!Number.isInteger(args.month) || args.month < 1 || args.month > 12)) {
      throw badInput({ month: "Must be 1 to 12" });
    }
    const from = `${args.year}-${String(args.month ?? 1).padStart(2, "0")}-01`;
    base.andWhere(
      `p.published_at >= (:from::timestamp AT TIME ZONE 'Europe/Warsaw') AND p.published_at < ((:from::timestamp + :span::interval) AT TIME ZONE 'Europe/Warsaw')`,
      { from, span: args.month != null ? "1 month" : "1 year" },
    );
  } else if (args.month != null) {
    throw badInput({ month: "Give the year too" });
  }
  const term = args.search?.trim();
  if (term) {
    if (term.length > 200) throw badInput({ search: "At most 200 characters" });
    // The folded text of the trigram index IDX_news_posts_search; drafts' pending edits are never in it.
    base.andWhere(`p.search_text LIKE '%' || f_unaccent(:term) || '%'`, {
      term: escapeLike(term),
    });
  }
  const totalCount = await base.clone().getCount();

  const page = base
    .clone()
    // Full microsecond precision, so a cursor never repeats or skips a row.
    .addSelect(`to_char(${sortCol} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, "sort_key")
    .orderBy(sortCol, "DESC")
    .addOrderBy("p.id", "DESC")
    .limit(args.first + 1);
  if (args.after) {
    const [ts, id] = decodeCursor(args.after, 2, scope);
    if (typeof ts !== "string" || !isUuid(id) || Number.isNaN(Date.parse(ts))) throw badInput({ after: "Invalid cursor" });
    page.andWhere(`(${sortCol}, p.id) < (:ts::timestamptz, :id::uuid)`, { ts, id });
  }
  const { entities, raw } = await page.getRawAndEntities<{ sort_key: string }>();
  const rows = entities.slice(0, args.first);
  const edges = edgesOf(rows, (node, i) => [raw[i].sort_key, node.id], scope);
  return { edges, totalCount, pageInfo: pageInfoOf(edges, entities.length > args.first) };
}

/** A post by slug; an unpublished one is null for everyone but admins. */
export async function findNewsPost(ctx: Context, slug: string): Promise<NewsPost | null> {
  if (!slug || slug.length > 200) return null;
  const post = await ctx.db.getRepository(NewsPost).findOneBy({ slug });
  if (!post) return null;
  return isLive(post) || isNewsEditor(ctx) ? post : null;
}

/** ADMIN: a post by id, whatever its status (the editor). */
export async function findNewsPostById(db: DataSource, id: string): Promise<NewsPost | null> {
  if (!isUuid(id)) return null;
  return db.getRepository(NewsPost).findOneBy({ id });
}

/** ADMIN: a new DRAFT with a unique slug made from the Polish title; keeps the first revision. */
export async function createNewsPost(ctx: Context, input: NewsPostInput): Promise<NewsPost> {
  const user = requireUser(ctx);
  const c = contentOf(input);
  return ctx.db.transaction(async (em) => {
    const post = em.getRepository(NewsPost).create({
      ...c,
      slug: await uniqueSlug(em, c.title),
      status: NewsStatus.DRAFT,
      publishedAt: null,
      authorId: user.id,
    });
    await em.save(post);
    await keepRevision(em, post.id, c, user.id, "CREATE");
    await audit(em, user.id, "news.create", "NewsPost", post.id, { title: c.title });
    return post;
  });
}

async function applyEdit(em: EntityManager, userId: string, post: NewsPost, c: Content, kind: string): Promise<NewsPost> {
  if (isLive(post)) {
    // Readers keep seeing the published version until the edit is published.
    if (sameContent(c, post)) clearDraft(post);
    else setDraft(post, c);
  } else {
    setLive(post, c);
  }
  await em.save(post);
  await keepRevision(em, post.id, c, userId, kind);
  return post;
}

/**
 * ADMIN: saves an edit and keeps a revision. A live post keeps its published version
 * until `publishNewsPost` is called again; anything else is changed in place.
 */
export async function updateNewsPost(ctx: Context, id: string, input: NewsPostInput): Promise<NewsPost> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const post = await applyEdit(em, user.id, await lockPost(em, id), contentOf(input), "UPDATE");
    await audit(em, user.id, "news.update", "NewsPost", post.id);
    return post;
  });
}

/** How far ahead a post may be scheduled, and how far back it may be dated. */
const EARLIEST = Date.parse("1990-01-01T00:00:00Z");
const MAX_AHEAD_MS = 5 * 366 * 24 * 3600 * 1000;

/**
 * ADMIN: publishes the post with its pending edit. Without `at`, or with `at` in the
 * past, it is PUBLISHED at once (a past `at` dates it back; without `at` a post that was
 * already live keeps its date, any other gets now). A future `at` makes it SCHEDULED: it
 * becomes public at that time with no one present. A live post can't be scheduled into
 * the future (that would take it offline until then): BAD_USER_INPUT on `at`.
 */
export async function publishNewsPost(ctx: Context, id: string, at?: Date | null): Promise<NewsPost> {
  const user = requireUser(ctx);
  const now = new Date();
  if (at && (Number.isNaN(at.getTime()) || at.getTime() < EARLIEST || at.getTime() > now.getTime() + MAX_AHEAD_MS)) {
    throw badInput({ at: "Choose a date between 1990 and five years from now" });
  }
  return ctx.db.transaction(async (em) => {
    const post = await lockPost(em, id);
    const wasLive = isLive(post, now);
    if (at && at > now) {
      if (wasLive) throw badInput({ at: "This post is already published; publish the changes now or unpublish it first" });
      foldDraft(post);
      post.status = NewsStatus.SCHEDULED;
      post.publishedAt = at;
    } else {
      foldDraft(post);
      post.publishedAt = at ?? (wasLive && post.publishedAt ? post.publishedAt : now);
      post.status = NewsStatus.PUBLISHED;
    }
    await em.save(post);
    await audit(em, user.id, post.status === NewsStatus.SCHEDULED ? "news.schedule" : "news.publish", "NewsPost", post.id, {
      publishedAt: post.publishedAt.toISOString(),
    });
    return post;
  });
}

/**
 * ADMIN: takes a post off the site and back to DRAFT (editable, publishable again).
 * A pending edit becomes the draft's content; the old published text stays in the revisions.
 */
export async function unpublishNewsPost(ctx: Context, id: string): Promise<NewsPost> {
  return retire(ctx, id, NewsStatus.DRAFT, "news.unpublish");
}

/** ADMIN: retires a post: ARCHIVED is hidden from readers like a draft, but kept apart in the admin list. */
export async function archiveNewsPost(ctx: Context, id: string): Promise<NewsPost> {
  return retire(ctx, id, NewsStatus.ARCHIVED, "news.archive");
}

async function retire(ctx: Context, id: string, status: NewsStatus, action: string): Promise<NewsPost> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const post = await lockPost(em, id);
    foldDraft(post);
    post.status = status;
    post.publishedAt = null;
    await em.save(post);
    await audit(em, user.id, action, "NewsPost", post.id);
    return post;
  });
}

/** ADMIN: the revisions of a post, newest first. */
export async function listRevisions(db: DataSource, postId: string): Promise<NewsRevision[]> {
  if (!isUuid(postId)) return [];
  return db.getRepository(NewsRevision).find({ where: { postId }, order: { createdAt: "DESC", id: "DESC" }, take: 500 });
}

/** ADMIN: saves the content of an old revision as a new edit (same rules as updateNewsPost). */
export async function restoreRevision(ctx: Context, revisionId: string): Promise<NewsPost> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const rev = await findByIdOrNotFound(em, NewsRevision, revisionId, "Revision");
    const post = await lockPost(em, rev.postId);
    const c: Content = { title: rev.title, body: rev.body, category: rev.category, lead: rev.lead, coverImageUrl: rev.coverImageUrl };
    await applyEdit(em, user.id, post, c, "RESTORE");
    await audit(em, user.id, "news.restore", "NewsPost", post.id, { revisionId });
    return post;
  });
}

const revisionText = (r: NewsRevision) =>
  [r.title, r.lead ?? "", r.category ?? "", r.coverImageUrl ?? "", r.body].filter(Boolean).join("\n\n");

/** ADMIN: word diff from revision `fromId` to `toId` of the same post. */
export function diffRevisions(db: DataSource, fromId: string, toId: string): Promise<TextDiffPart[]> {
  return diffTwoRevisions(db, NewsRevision, [fromId, toId], (r) => r.postId, revisionText, "Both revisions must belong to one post");
}

/** Categories with their number of published posts. */
export async function categoryCounts(db: DataSource): Promise<NewsCategoryCount[]> {
  const rows = await db
    .getRepository(NewsPost)
    .createQueryBuilder("p")
    .select("p.category", "code")
    .addSelect("count(*)::int", "count")
    .where(LIVE_SQL("p"))
    .andWhere("p.category IS NOT NULL")
    .groupBy("p.category")
    .orderBy("p.category")
    .getRawMany<{ code: string; count: number }>();
  return rows;
}

/** Months (Europe/Warsaw) with published posts, newest first: the archive. */
export async function archiveMonths(db: DataSource): Promise<NewsArchiveMonth[]> {
  return db.query(
    `SELECT extract(year from p.published_at AT TIME ZONE 'Europe/Warsaw')::int AS year,
            extract(month from p.published_at AT TIME ZONE 'Europe/Warsaw')::int AS month,
            count(*)::int AS count
       FROM news_posts p
      WHERE ${LIVE_SQL("p")}
      GROUP BY 1, 2
      ORDER BY 1 DESC, 2 DESC`,
  );
}

/** Turns due SCHEDULED posts into PUBLISHED (tidiness only: readers already see them by the query-time rule). */
export async function publishDuePosts(db: DataSource): Promise<number> {
  const res = await db.query(
    `UPDATE news_posts SET status = 'PUBLISHED', updated_at = now() WHERE status = 'SCHEDULED' AND published_at <= now()`,
  );
  return Array.isArray(res) ? Number(res[1] ?? 0) : 0;
}
