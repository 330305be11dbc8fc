import { randomBytes } from "node:crypto";
import {
  NewsletterIssue,
  NewsletterSubscriber,
  NewsPost,
  NewsRevision,
  NewsStatus,
  ProgrammePage,
  ProgrammePageRevision,
  ProgrammePartner,
  SubscriberStatus,
} from "../../entities/news";
import { storeLogo } from "../../server/modules/news/partner-logos";
import { signNewsletterToken } from "../../server/modules/news/newsletter.tokens";
import type { Actor, Fixtures, MatrixEntry } from "./matrix";
import { idOf } from "./vars";

/**
 * The news domain's rows of the access matrix (tests/access/matrix.ts): spread
 * NEWS_MATRIX into MATRIX there. (`newsPosts(includeUnpublished: true)` is not here:
 * non-admins, anonymous included, get FORBIDDEN — tests/integration/news/publishing.test.ts.)
 */
const ADMIN: Actor[] = ["admin"];
const uid = () => randomBytes(5).toString("hex");

async function post(fx: Fixtures, status = NewsStatus.DRAFT): Promise<NewsPost> {
  const r = fx.ds.getRepository(NewsPost);
  return r.save(
    r.create({
      slug: `macierz-${uid()}`,
      title: "Macierz dostępu",
      body: "Treść",
      status,
      publishedAt: status === NewsStatus.PUBLISHED ? new Date() : null,
      authorId: fx.admin.id,
    }),
  );
}

async function revision(fx: Fixtures): Promise<NewsRevision> {
  const p = await post(fx);
  return fx.ds.getRepository(NewsRevision).save({ postId: p.id, title: p.title, body: p.body, kind: "CREATE", authorId: fx.admin.id });
}

async function issue(fx: Fixtures, sent = false): Promise<NewsletterIssue> {
  const p = await post(fx, NewsStatus.PUBLISHED);
  const r = fx.ds.getRepository(NewsletterIssue);
  return r.save(r.create({ subject: `Wydanie ${uid()}`, postIds: [p.id], status: sent ? ("SENT" as never) : ("DRAFT" as never), sentAt: sent ? new Date() : null }));
}

async function subscriber(fx: Fixtures, status: SubscriberStatus): Promise<NewsletterSubscriber> {
  const r = fx.ds.getRepository(NewsletterSubscriber);
  return r.save(
    r.create({ email: `sub-${uid()}@example.org`, status, confirmNonce: uid(), consentAt: new Date(), expiresAt: new Date(Date.now() + 86400_000) }),
  );
}

async function programmeKey(fx: Fixtures): Promise<string> {
  const key = `k${uid()}`;
  await fx.ds.getRepository(ProgrammePage).save({ key, title: "Sekcja", body: "Treść" });
  return key;
}

async function programmeRevision(fx: Fixtures): Promise<ProgrammePageRevision> {
  const page = await fx.ds.getRepository(ProgrammePage).findOneByOrFail({ key: await programmeKey(fx) });
  return fx.ds.getRepository(ProgrammePageRevision).save({ pageId: page.id, title: "Sekcja", body: "Stara treść", kind: "UPDATE", authorId: fx.admin.id });
}

async function partner(fx: Fixtures): Promise<ProgrammePartner> {
  return fx.ds.getRepository(ProgrammePartner).save({ name: `Partner ${uid()}`, url: "https://example.org", position: 0 });
}

const INPUT = { title: "Macierz dostępu", body: "Treść" };
const draftHidden = (field: string) => (d: Record<string, any>) => d?.[field];

export const NEWS_MATRIX: MatrixEntry[] = [
  { op: "Query.newsPosts", doc: `{ newsPosts(first: 5) { totalCount edges { node { id } } } }`, vars: () => ({}), allow: "everyone" },
  { op: "Query.newsPost", doc: `query($s: String!) { newsPost(slug: $s) { id } }`, vars: async (fx) => ({ s: (await post(fx, NewsStatus.PUBLISHED)).slug }), allow: "everyone" },
  {
    op: "Query.newsPostById",
    doc: `query($id: ID!) { newsPostById(id: $id) { id } }`,
    vars: idOf(post),
    allow: ADMIN,
    deniedData: draftHidden("newsPostById"),
  },
  { op: "Query.newsCategories", doc: `{ newsCategories { code count } }`, vars: () => ({}), allow: "everyone" },
  { op: "Query.newsArchive", doc: `{ newsArchive { year month count } }`, vars: () => ({}), allow: "everyone" },
  { op: "Query.renderNewsPreview", doc: `{ renderNewsPreview(body: "**x**") }`, vars: () => ({}), allow: ADMIN },
  {
    op: "Query.newsRevisions",
    doc: `query($id: ID!) { newsRevisions(postId: $id) { id body } }`,
    vars: async (fx) => ({ id: (await revision(fx)).postId }),
    allow: ADMIN,
    deniedData: draftHidden("newsRevisions"),
  },
  {
    op: "Query.newsRevisionDiff",
    doc: `query($id: ID!) { newsRevisionDiff(fromId: $id, toId: $id) { value } }`,
    vars: idOf(revision),
    allow: ADMIN,
    deniedData: draftHidden("newsRevisionDiff"),
  },
  { op: "Mutation.createNewsPost", doc: `mutation($i: NewsPostInput!) { createNewsPost(input: $i) { id } }`, vars: () => ({ i: INPUT }), allow: ADMIN },
  { op: "Mutation.updateNewsPost", doc: `mutation($id: ID!, $i: NewsPostInput!) { updateNewsPost(id: $id, input: $i) { id } }`, vars: idOf(post, { i: INPUT }), allow: ADMIN },
  { op: "Mutation.publishNewsPost", doc: `mutation($id: ID!) { publishNewsPost(id: $id) { id } }`, vars: idOf(post), allow: ADMIN },
  {
    op: "Mutation.unpublishNewsPost",
    doc: `mutation($id: ID!) { unpublishNewsPost(id: $id) { id } }`,
    vars: async (fx) => ({ id: (await post(fx, NewsStatus.PUBLISHED)).id }),
    allow: ADMIN,
  },
  { op: "Mutation.archiveNewsPost", doc: `mutation($id: ID!) { archiveNewsPost(id: $id) { id } }`, vars: idOf(post), allow: ADMIN },
  { op: "Mutation.restoreNewsRevision", doc: `mutation($id: ID!) { restoreNewsRevision(revisionId: $id) { id } }`, vars: idOf(revision), allow: ADMIN },
  // Newsletter: anyone subscribes, confirms and unsubscribes (by signed link); the rest is ADMIN.
  {
    op: "Mutation.subscribeToNewsletter",
    doc: `mutation($e: String!) { subscribeToNewsletter(email: $e, consent: true) }`,
    vars: () => ({ e: `matrix-${uid()}@example.org` }),
    allow: "everyone",
  },
  {
    op: "Mutation.confirmNewsletterSubscription",
    doc: `mutation($t: String!) { confirmNewsletterSubscription(token: $t) }`,
    vars: async (fx) => {
      const s = await subscriber(fx, SubscriberStatus.PENDING);
      return { t: signNewsletterToken("confirm", { s: s.id, n: s.confirmNonce, e: Math.floor(s.expiresAt!.getTime() / 1000) }) };
    },
    allow: "everyone",
  },
  {
    op: "Mutation.unsubscribeFromNewsletter",
    doc: `mutation($t: String!) { unsubscribeFromNewsletter(token: $t) }`,
    vars: async (fx) => ({ t: signNewsletterToken("unsubscribe", { s: (await subscriber(fx, SubscriberStatus.CONFIRMED)).id }) }),
    allow: "everyone",
  },
  { op: "Query.newsletterIssues", doc: `{ newsletterIssues { id posts { id } } }`, vars: () => ({}), allow: "everyone" },
  {
    op: "Query.newsletterIssue",
    doc: `query($id: ID!) { newsletterIssue(id: $id) { id } }`,
    vars: async (fx) => ({ id: (await issue(fx, true)).id }),
    allow: "everyone",
  },
  {
    op: "Query.previewNewsletterIssue",
    doc: `query($id: ID!) { previewNewsletterIssue(id: $id) { subject } }`,
    vars: idOf(issue),
    allow: ADMIN,
    deniedData: draftHidden("previewNewsletterIssue"),
  },
  { op: "Query.newsletterStats", doc: `{ newsletterStats { confirmed } }`, vars: () => ({}), allow: ADMIN, deniedData: draftHidden("newsletterStats") },
  {
    op: "Mutation.createNewsletterIssue",
    doc: `mutation($i: NewsletterIssueInput!) { createNewsletterIssue(input: $i) { id } }`,
    vars: async (fx) => ({ i: { subject: "Wydanie macierzy", postIds: [(await post(fx, NewsStatus.PUBLISHED)).id] } }),
    allow: ADMIN,
  },
  {
    op: "Mutation.updateNewsletterIssue",
    doc: `mutation($id: ID!, $i: NewsletterIssueInput!) { updateNewsletterIssue(id: $id, input: $i) { id } }`,
    vars: async (fx) => {
      const i = await issue(fx);
      return { id: i.id, i: { subject: "Zmienione wydanie", postIds: i.postIds } };
    },
    allow: ADMIN,
  },
  { op: "Mutation.sendNewsletterIssueTest", doc: `mutation($id: ID!) { sendNewsletterIssueTest(id: $id) }`, vars: idOf(issue), allow: ADMIN },
  { op: "Mutation.sendNewsletterIssue", doc: `mutation($id: ID!) { sendNewsletterIssue(id: $id) { id status } }`, vars: idOf(issue), allow: ADMIN },
  // Programme pages: public to read, ADMIN to edit.
  { op: "Query.programmePages", doc: `{ programmePages { key title } }`, vars: () => ({}), allow: "everyone" },
  { op: "Query.programmePage", doc: `query($k: String!) { programmePage(key: $k) { key } }`, vars: async (fx) => ({ k: await programmeKey(fx) }), allow: "everyone" },
  {
    op: "Query.programmePageRevisions",
    doc: `query($k: String!) { programmePageRevisions(key: $k) { id } }`,
    vars: async (fx) => ({ k: await programmeKey(fx) }),
    allow: ADMIN,
    deniedData: draftHidden("programmePageRevisions"),
  },
  {
    op: "Mutation.updateProgrammePage",
    doc: `mutation($k: String!) { updateProgrammePage(key: $k, input: { title: "Sekcja", body: "Nowa treść" }) { key } }`,
    vars: async (fx) => ({ k: await programmeKey(fx) }),
    allow: ADMIN,
  },
  {
    op: "Query.programmePageRevisionDiff",
    doc: `query($a: ID!, $b: ID!) { programmePageRevisionDiff(fromId: $a, toId: $b) { value } }`,
    vars: async (fx) => {
      const r = await programmeRevision(fx);
      const b = await fx.ds.getRepository(ProgrammePageRevision).save({ pageId: r.pageId, title: "Sekcja", body: "Nowa", kind: "UPDATE" });
      return { a: r.id, b: b.id };
    },
    allow: ADMIN,
    deniedData: draftHidden("programmePageRevisionDiff"),
  },
  {
    op: "Mutation.publishProgrammePage",
    doc: `mutation($k: String!) { publishProgrammePage(key: $k) { key } }`,
    vars: async (fx) => ({ k: await programmeKey(fx) }),
    allow: ADMIN,
  },
  {
    op: "Mutation.discardProgrammePageDraft",
    doc: `mutation($k: String!) { discardProgrammePageDraft(key: $k) { key } }`,
    vars: async (fx) => ({ k: await programmeKey(fx) }),
    allow: ADMIN,
  },
  { op: "Mutation.restoreProgrammePageRevision", doc: `mutation($id: ID!) { restoreProgrammePageRevision(revisionId: $id) { key } }`, vars: idOf(programmeRevision), allow: ADMIN },
  // Partners: public to read, ADMIN to change.
  { op: "Query.programmePartners", doc: `{ programmePartners { id name url logoUrl } }`, vars: () => ({}), allow: "everyone" },
  {
    op: "Mutation.createProgrammePartner",
    doc: `mutation { createProgrammePartner(input: { name: "Partner macierzy", url: "https://example.org" }) { id } }`,
    vars: () => ({}),
    allow: ADMIN,
  },
  {
    op: "Mutation.updateProgrammePartner",
    doc: `mutation($id: ID!) { updateProgrammePartner(id: $id, input: { name: "Zmieniony", url: "https://example.org/x" }) { id } }`,
    vars: idOf(partner),
    allow: ADMIN,
  },
  { op: "Mutation.deleteProgrammePartner", doc: `mutation($id: ID!) { deleteProgrammePartner(id: $id) }`, vars: idOf(partner), allow: ADMIN },
  {
    op: "Mutation.reorderProgrammePartners",
    doc: `mutation($ids: [ID!]!) { reorderProgrammePartners(ids: $ids) { id } }`,
    vars: async (fx) => {
      await partner(fx);
      const all = await fx.ds.getRepository(ProgrammePartner).find({ order: { position: "ASC" } });
      return { ids: all.map((p) => p.id).reverse() };
    },
    allow: ADMIN,
  },
  {
    op: "Mutation.setProgrammePartnerLogo",
    doc: `mutation($id: ID!, $key: String!, $w: Int!, $h: Int!) { setProgrammePartnerLogo(id: $id, key: $key, width: $w, height: $h) { id } }`,
    vars: async (fx) => {
      const png = await (await import("sharp")).default({ create: { width: 40, height: 20, channels: 3, background: "#123456" } }).png().toBuffer();
      const logo = await storeLogo(png);
      return { id: (await partner(fx)).id, key: logo.key, w: logo.width, h: logo.height };
    },
    allow: ADMIN,
  },
];
