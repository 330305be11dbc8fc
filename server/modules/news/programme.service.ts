import { In, Not, type DataSource, type EntityManager } from "typeorm";
import { ProgrammePage, ProgrammePageRevision } from "../../../entities/news";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, notFound } from "../../errors";
import { requireUser } from "../../auth/require-user";
import type { ProgrammePageInput } from "./news.inputs";
import { findByIdOrNotFound, lockOneWhere } from "../../ids";
import { diffTwoRevisions } from "./revision-diff";
import type { TextDiffPart } from "./news.types";

/** A section's whole text: Polish, and English where it has one (both null = none). */
type Content = { title: string; body: string; titleEn: string | null; bodyEn: string | null };

const NO_DRAFT = { draftTitle: null, draftBody: null, draftTitleEn: null, draftBodyEn: null } as const;

/**
 * Pages edited like programme sections but shown elsewhere: the accessibility statement
 * (/accessibility, Polish and English). Reached by `programmePage(key)`, never listed.
 */
export const STANDALONE_PAGE_KEYS = ["accessibility", "accessibility-en"];

/** The sections of /programme in order (their published versions). */
export function listProgrammePages(db: DataSource): Promise<ProgrammePage[]> {
  return db.getRepository(ProgrammePage).find({ where: { key: Not(In(STANDALONE_PAGE_KEYS)) }, order: { position: "ASC", key: "ASC" } });
}

export async function findProgrammePage(db: DataSource, key: string): Promise<ProgrammePage | null> {
  if (!key || key.length > 40) return null;
  return db.getRepository(ProgrammePage).findOneBy({ key });
}

/** The version the editor works on: the pending edit, else the published text. */
export function programmeWorkingCopy(p: ProgrammePage): Content {
  return p.draftTitle !== null && p.draftBody !== null
    ? { title: p.draftTitle, body: p.draftBody, titleEn: p.draftTitleEn, bodyEn: p.draftBodyEn }
    : { title: p.title, body: p.body, titleEn: p.titleEn, bodyEn: p.bodyEn };
}

/**
 * The English half of an edit: both null keeps the working copy's (a client that knows no
 * English cannot drop it), both empty removes it; one without the other is refused.
 */
function englishOf(input: ProgrammePageInput): (current: Content) => Pick<Content, "titleEn" | "bodyEn"> {
  const { titleEn, bodyEn } = input;
  if (titleEn == null && bodyEn == null) return (current) => ({ titleEn: current.titleEn, bodyEn: current.bodyEn });
  if (titleEn == null) throw badInput({ titleEn: "Give the English title with the English body" });
  if (bodyEn == null) throw badInput({ bodyEn: "Give the English body with the English title" });
  return () => (titleEn === "" ? { titleEn: null, bodyEn: null } : { titleEn, bodyEn });
}

async function lockPage(em: EntityManager, key: string): Promise<ProgrammePage> {
  const page = await lockOneWhere(em, ProgrammePage, "row.key = :key", { key: String(key).slice(0, 40) });
  if (!page) throw notFound("Programme page");
  return page;
}

/** Same rule as news: readers keep the published text; an edit equal to it is no pending edit at all. */
async function applyEdit(em: EntityManager, userId: string, page: ProgrammePage, c: Content, kind: string): Promise<ProgrammePage> {
  if (c.title === page.title && c.body === page.body && c.titleEn === page.titleEn && c.bodyEn === page.bodyEn) {
    Object.assign(page, NO_DRAFT);
  } else {
    Object.assign(page, { draftTitle: c.title, draftBody: c.body, draftTitleEn: c.titleEn, draftBodyEn: c.bodyEn });
  }
  page.updatedById = userId;
  await em.save(page);
  await em.insert(ProgrammePageRevision, { pageId: page.id, ...c, authorId: userId, kind });
  return page;
}

/**
 * ADMIN: saves an edit of a section as its draft and keeps a revision; /programme shows
 * the published version until {@link publishProgrammePage}.
 */
export async function updateProgrammePage(ctx: Context, key: string, input: ProgrammePageInput): Promise<ProgrammePage> {
  const user = requireUser(ctx);
  const english = englishOf(input);
  return ctx.db.transaction(async (em) => {
    const locked = await lockPage(em, key);
    const page = await applyEdit(em, user.id, locked, { title: input.title, body: input.body, ...english(programmeWorkingCopy(locked)) }, "UPDATE");
    await audit(em, user.id, "programme.update", "ProgrammePage", page.id, { key: page.key });
    return page;
  });
}

/** ADMIN: makes the pending edit the published version (nothing to publish is fine). */
export async function publishProgrammePage(ctx: Context, key: string): Promise<ProgrammePage> {
  return changePage(ctx, key, "programme.publish", (page, userId) => ({
    ...programmeWorkingCopy(page),
    ...NO_DRAFT,
    publishedAt: new Date(),
    updatedById: userId,
  }));
}

/** ADMIN: drops the pending edit; the published version stays (the edit stays in the revisions). */
export async function discardProgrammePageDraft(ctx: Context, key: string): Promise<ProgrammePage> {
  return changePage(ctx, key, "programme.discard", () => NO_DRAFT);
}

/** ADMIN: locks the section, sets what `change` gives and records `action` in the audit log. */
async function changePage(
  ctx: Context,
  key: string,
  action: string,
  change: (page: ProgrammePage, userId: string) => Partial<ProgrammePage>,
): Promise<ProgrammePage> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const page = await lockPage(em, key);
    Object.assign(page, change(page, user.id));
    await em.save(page);
    await audit(em, user.id, action, "ProgrammePage", page.id, { key: page.key });
    return page;
  });
}

/** ADMIN: the saved versions of a section, newest first. */
export async function programmePageRevisions(db: DataSource, key: string): Promise<ProgrammePageRevision[]> {
  const page = await findProgrammePage(db, key);
  if (!page) return [];
  return db.getRepository(ProgrammePageRevision).find({ where: { pageId: page.id }, order: { createdAt: "DESC", id: "DESC" }, take: 200 });
}

/** ADMIN: saves an old revision's text as a new draft (same rules as an edit). */
export async function restoreProgrammePageRevision(ctx: Context, revisionId: string): Promise<ProgrammePage> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const rev = await findByIdOrNotFound(em, ProgrammePageRevision, revisionId, "Revision");
    const key = (await em.getRepository(ProgrammePage).findOneByOrFail({ id: rev.pageId })).key;
    const page = await applyEdit(em, user.id, await lockPage(em, key), { title: rev.title, body: rev.body, titleEn: rev.titleEn, bodyEn: rev.bodyEn }, "RESTORE");
    await audit(em, user.id, "programme.restore", "ProgrammePage", page.id, { revisionId });
    return page;
  });
}

/** ADMIN: word diff from revision `fromId` to `toId` of one section. */
export function diffProgrammePageRevisions(db: DataSource, fromId: string, toId: string): Promise<TextDiffPart[]> {
  const textOf = (r: ProgrammePageRevision) => [r.title, r.body, r.titleEn, r.bodyEn].filter((t) => t !== null).join("\n\n");
  return diffTwoRevisions(db, ProgrammePageRevision, [fromId, toId], (r) => r.pageId, textOf, "Both revisions must belong to one section");
}
