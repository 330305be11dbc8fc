import { randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import {
  NewsletterIssue,
  NewsletterIssueStatus,
  NewsletterSubscriber,
  NewsPost,
  SubscriberStatus,
} from "../../../entities/news";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, conflict } from "../../errors";
import { enqueueMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import { consume } from "../../rate-limit";
import { requireUser } from "../../auth/require-user";
import type { NewsletterIssueInput, SubscribeArgs } from "./news.inputs";
import { isLive, isNewsEditor } from "./news.policy";
import { findByIdOrNotFound, isUuid, lockByIdOrNotFound, lockOneWhere } from "../../ids";
import type { NewsletterPreview, NewsletterStats } from "./news.types";
import { buildConfirmationMail, buildIssueMail } from "./newsletter.mail";
import { toLocale } from "../../../entities/locales";
import { signNewsletterToken, verifyNewsletterToken } from "./newsletter.tokens";

/** How long a confirmation link works; the unconfirmed address is deleted afterwards. */
export const CONFIRM_DAYS = 7;
/** Deliveries queued per minute when an issue goes out (the mail queue sends them in order). */
export const SEND_PER_MINUTE = 120;

const newNonce = () => randomBytes(12).toString("hex");

/** How often subscribing looks for its row again when the row it found was deleted meanwhile. */
const SUBSCRIBE_ATTEMPTS = 3;

/** `lang` tells the page which language to speak (the token is what counts; `lang` is harmless if changed). */
const langParam = (locale: string) => (toLocale(locale) === "en" ? "&lang=en" : "");

export function unsubscribeUrl(subscriberId: string, locale = "pl"): string {
  return appLink(`/newsletter/unsubscribe?token=${encodeURIComponent(signNewsletterToken("unsubscribe", { s: subscriberId }))}${langParam(locale)}`);
}

/** RFC 8058 one-click endpoint (a POST from the mail client). */
export function oneClickUnsubscribeUrl(subscriberId: string, locale = "pl"): string {
  return appLink(`/newsletter/unsubscribe/one-click?token=${encodeURIComponent(signNewsletterToken("unsubscribe", { s: subscriberId }))}${langParam(locale)}`);
}

function confirmUrl(s: NewsletterSubscriber): string {
  const token = signNewsletterToken("confirm", { s: s.id, n: s.confirmNonce, e: Math.floor(s.expiresAt!.getTime() / 1000) });
  return appLink(`/newsletter/confirm?token=${encodeURIComponent(token)}${langParam(s.locale)}`);
}

/**
 * Double opt-in, step one. The answer is the same `true` whether the address is new,
 * pending, confirmed or unsubscribed, so it reveals nothing; a confirmation e-mail goes
 * out unless the address is already confirmed (at most one per address and hour).
 */
export async function subscribe(ctx: Context, args: SubscribeArgs): Promise<boolean> {
  if (args.consent !== true) throw badInput({ consent: "Tick the consent box to subscribe" });
  await consume("newsletter", ctx.ip);
  const email = args.email.toLowerCase();
  // The page's language, else the account's: the language of every mail and page that follows.
  const locale = toLocale(args.locale ?? ctx.user?.locale);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + CONFIRM_DAYS * 24 * 3600 * 1000);
  await ctx.db.transaction(async (em) => {
    let s: NewsletterSubscriber | null = null;
    // The insert makes the row or finds it; a row it found may be deleted before it is locked
    // (the expiry job, an account's erasure), and then the next insert makes it.
    for (let attempt = 1; !s; attempt++) {
      if (attempt > SUBSCRIBE_ATTEMPTS) throw conflict("This address was being changed at the same moment; try again");
      await em
        .createQueryBuilder()
        .insert()
        .into(NewsletterSubscriber)
        .values({ email, status: SubscriberStatus.PENDING, confirmNonce: newNonce(), consentAt: now, expiresAt, locale })
        .orIgnore()
        .execute();
      s = await lockOneWhere(em, NewsletterSubscriber, "row.email = :email", { email });
    }
    if (s.status === SubscriberStatus.CONFIRMED) return;
    if (s.status === SubscriberStatus.UNSUBSCRIBED) {
      // A fresh opt-in: old confirmation links of this address stop working.
      s.confirmNonce = newNonce();
      s.status = SubscriberStatus.PENDING;
    }
    s.consentAt = now;
    s.expiresAt = expiresAt;
    s.locale = locale;
    await em.save(s);
    const mail = buildConfirmationMail(confirmUrl(s), CONFIRM_DAYS, unsubscribeUrl(s.id, locale), locale);
    await enqueueMail(em, {
      to: email,
      ...mail,
      template: "newsletter.confirm",
      dedupeKey: `newsletter-confirm:${s.id}:${s.confirmNonce}:${Math.floor(now.getTime() / 3_600_000)}`,
    });
  });
  return true;
}

const badToken = () => badInput({ token: "This link is invalid or has expired" });

/**
 * Double opt-in, step two. A forged, expired or superseded token changes nothing
 * (BAD_USER_INPUT on `token`); confirming twice is fine.
 */
export async function confirmSubscription(db: DataSource, token: string): Promise<boolean> {
  const payload = verifyNewsletterToken("confirm", token);
  if (!payload || !isUuid(payload.s) || !payload.n) throw badToken();
  return db.transaction(async (em) => {
    const s = await lockOneWhere(em, NewsletterSubscriber, "row.id = :id", { id: payload.s });
    if (!s || s.confirmNonce !== payload.n) throw badToken();
    if (s.status === SubscriberStatus.CONFIRMED) return true;
    if (s.status !== SubscriberStatus.PENDING || !s.expiresAt || s.expiresAt < new Date()) throw badToken();
    s.status = SubscriberStatus.CONFIRMED;
    s.confirmedAt = new Date();
    s.expiresAt = null;
    await em.save(s);
    return true;
  });
}

/** One-click unsubscribe by the signed link of every newsletter; no sign-in. Idempotent. */
export async function unsubscribe(db: DataSource, token: string): Promise<boolean> {
  const payload = verifyNewsletterToken("unsubscribe", token);
  if (!payload || !isUuid(payload.s)) throw badToken();
  await db
    .createQueryBuilder()
    .update(NewsletterSubscriber)
    .set({ status: SubscriberStatus.UNSUBSCRIBED, unsubscribedAt: () => "now()", expiresAt: null })
    .where("id = :id AND status <> :u", { id: payload.s, u: SubscriberStatus.UNSUBSCRIBED })
    .execute();
  return true;
}

/** Deletes addresses never confirmed in time (the job; safe on several nodes at once). */
export async function expirePendingSubscribers(db: DataSource): Promise<number> {
  const res = await db.query(
    `DELETE FROM newsletter_subscribers WHERE id IN (
       SELECT id FROM newsletter_subscribers
        WHERE status = 'PENDING' AND expires_at < now()
        LIMIT 1000 FOR UPDATE SKIP LOCKED)`,
  );
  return Array.isArray(res) ? Number(res[1] ?? 0) : 0;
}

export async function subscriberStats(db: DataSource): Promise<NewsletterStats> {
  const rows: { status: SubscriberStatus; n: number }[] = await db.query(
    `SELECT status, count(*)::int AS n FROM newsletter_subscribers GROUP BY status`,
  );
  const get = (s: SubscriberStatus) => rows.find((r) => r.status === s)?.n ?? 0;
  return { pending: get(SubscriberStatus.PENDING), confirmed: get(SubscriberStatus.CONFIRMED), unsubscribed: get(SubscriberStatus.UNSUBSCRIBED) };
}

// --- issues -------------------------------------------------------------------

async function checkPostsExist(em: EntityManager, ids: string[]): Promise<void> {
  const found = await em.getRepository(NewsPost).countBy({ id: In(ids) });
  if (found !== ids.length) throw badInput({ postIds: "Unknown post" });
}

/** Input → columns, the same for a new issue and a changed draft. */
function issueColumns(input: NewsletterIssueInput): Partial<NewsletterIssue> {
  return {
    subject: input.subject,
    intro: input.intro || null,
    subjectEn: input.subjectEn?.trim() || null,
    introEn: input.introEn || null,
    postIds: input.postIds,
  };
}

/** ADMIN: a new draft issue from chosen posts, in the given order. */
export async function createIssue(ctx: Context, input: NewsletterIssueInput): Promise<NewsletterIssue> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    await checkPostsExist(em, input.postIds);
    const issue = em.getRepository(NewsletterIssue).create({ ...issueColumns(input), createdById: user.id });
    await em.save(issue);
    await audit(em, user.id, "newsletter.create", "NewsletterIssue", issue.id, { subject: issue.subject });
    return issue;
  });
}

async function lockIssue(em: EntityManager, id: string): Promise<NewsletterIssue> {
  const issue = await lockByIdOrNotFound(em, NewsletterIssue, id, "Newsletter issue");
  return issue;
}

/** ADMIN: changes a draft issue; a sent one is CONFLICT. */
export async function updateIssue(ctx: Context, id: string, input: NewsletterIssueInput): Promise<NewsletterIssue> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const issue = await lockIssue(em, id);
    if (issue.status !== NewsletterIssueStatus.DRAFT) throw conflict("This issue was sent already");
    await checkPostsExist(em, input.postIds);
    Object.assign(issue, issueColumns(input));
    await em.save(issue);
    await audit(em, user.id, "newsletter.update", "NewsletterIssue", issue.id);
    return issue;
  });
}

/** The issue's posts in order; for mailing, every one must be published. */
async function issuePosts(em: EntityManager | DataSource, issue: NewsletterIssue, requireLive: boolean): Promise<NewsPost[]> {
  const rows = issue.postIds.length ? await em.getRepository(NewsPost).findBy({ id: In(issue.postIds) }) : [];
  const byId = new Map(rows.map((p) => [p.id, p]));
  const posts = issue.postIds.map((id) => byId.get(id)).filter((p): p is NewsPost => !!p);
  if (requireLive && (posts.length !== issue.postIds.length || posts.some((p) => !isLive(p)))) {
    throw badInput({ postIds: "Publish every post of the issue before sending it" });
  }
  return posts;
}

/** ADMIN: the issue as subscribers of `locale` will get it. */
export async function previewIssue(db: DataSource, id: string, locale?: string | null): Promise<NewsletterPreview> {
  const issue = await findByIdOrNotFound(db, NewsletterIssue, id, "Newsletter issue");
  return buildIssueMail(issue, await issuePosts(db, issue, false), null, toLocale(locale));
}

/** ADMIN: sends the issue to the admin themself, marked as a test. */
export async function sendTestIssue(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const issue = await lockIssue(em, id);
    const mail = buildIssueMail(issue, await issuePosts(em, issue, false), null, toLocale(user.locale));
    await enqueueMail(em, { to: user.email, ...mail, subject: `[TEST] ${mail.subject}`, template: "newsletter.test" });
    return true;
  });
}

/**
 * ADMIN: queues the issue for every CONFIRMED subscriber through the mail queue
 * (throttled by `sendAfter`, retried by the worker). Each delivery has the dedupe key
 * `newsletter:<issueId>:<subscriberId>`, so sending again only reaches people who
 * confirmed since — nobody gets an issue twice.
 */
export async function sendIssue(ctx: Context, id: string): Promise<NewsletterIssue> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const issue = await lockIssue(em, id);
    const posts = await issuePosts(em, issue, true);
    const start = Date.now();
    let queued = 0;
    let lastId = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const batch = await em
        .getRepository(NewsletterSubscriber)
        .createQueryBuilder("s")
        .where("s.status = :c AND s.id > :lastId", { c: SubscriberStatus.CONFIRMED, lastId })
        .orderBy("s.id", "ASC")
        .limit(500)
        .getMany();
      if (!batch.length) break;
      for (const s of batch) {
        const mail = buildIssueMail(issue, posts, unsubscribeUrl(s.id, s.locale), toLocale(s.locale));
        const added = await enqueueMail(em, {
          to: s.email,
          ...mail,
          template: "newsletter.issue",
          dedupeKey: `newsletter:${issue.id}:${s.id}`,
          headers: {
            "List-Unsubscribe": `<${oneClickUnsubscribeUrl(s.id, s.locale)}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          },
          sendAfter: new Date(start + Math.floor((issue.recipientCount + queued) / SEND_PER_MINUTE) * 60_000),
        });
        if (added) queued++;
      }
      lastId = batch[batch.length - 1].id;
    }
    issue.recipientCount += queued;
    issue.status = NewsletterIssueStatus.SENT;
    issue.sentAt ??= new Date();
    await em.save(issue);
    await audit(em, user.id, "newsletter.send", "NewsletterIssue", issue.id, { queued });
    return issue;
  });
}

/** Sent issues, newest first (drafts too for admins who ask). */
export async function listIssues(ctx: Context, includeDrafts: boolean, first: number): Promise<NewsletterIssue[]> {
  const qb = ctx.db.getRepository(NewsletterIssue).createQueryBuilder("i");
  if (!(includeDrafts && isNewsEditor(ctx))) qb.where("i.status = :s", { s: NewsletterIssueStatus.SENT });
  return qb.orderBy("i.sent_at", "DESC", "NULLS FIRST").addOrderBy("i.created_at", "DESC").limit(first).getMany();
}

/** A sent issue; a draft only for admins. */
export async function findIssue(ctx: Context, id: string): Promise<NewsletterIssue | null> {
  if (!isUuid(id)) return null;
  const issue = await ctx.db.getRepository(NewsletterIssue).findOneBy({ id });
  if (!issue) return null;
  return issue.status === NewsletterIssueStatus.SENT || isNewsEditor(ctx) ? issue : null;
}
