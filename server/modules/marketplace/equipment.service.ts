import { EquipmentNotice, NOTICE_STATUSES, NoticeKind, NoticeStatus } from "../../../entities/marketplace";
import { Role } from "../../../entities/users";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { notifyFollowersOfNotice } from "./equipment.mail";
import { badInput } from "../../errors";
import { activeOrganizationId } from "../organizations/organizations.policy";
import { requireUser } from "../../auth/require-user";
import type { EquipmentNoticeFilter, EquipmentNoticeInput } from "./marketplace.inputs";
import { canManageNotice } from "./marketplace.policy";
import { andWhereAll, keysetPage, likePattern, searchWords, type Page, type ListPage } from "../pagination";
import { changeableOrRefused, loadById } from "../../ids";
import { lockNoticeAfterPoster } from "./notice-lock";
import { cachedRead } from "../../result-cache";
import { rowCounting, rowsChanged } from "../../result-cache-rows";
import type { EntityManager, SelectQueryBuilder } from "typeorm";

const blankToNull = (s: string | null | undefined) => (s == null || s === "" ? null : s);

function noticeFields(input: EquipmentNoticeInput) {
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw badInput({ expiresAt: "Expiry must be in the future" });
  }
  return {
    kind: input.kind,
    title: input.title,
    description: blankToNull(input.description),
    district: blankToNull(input.district),
    category: blankToNull(input.category),
    condition: input.condition ?? null,
    conditionNote: blankToNull(input.conditionNote?.trim()),
    expiresAt: input.expiresAt ?? null,
    estimatedValue: input.estimatedValue ?? null,
    ...loanTerms(input),
  };
}

/** The conditions of a loan belong to LEND notices; other kinds keep none. */
function loanTerms(input: EquipmentNoticeInput) {
  const lend = input.kind === NoticeKind.LEND;
  return {
    deposit: lend ? (input.deposit ?? null) : null,
    pickupPlace: lend ? blankToNull(input.pickupPlace?.trim()) : null,
    pickupHours: lend ? blankToNull(input.pickupHours?.trim()) : null,
    loanNotes: lend ? blankToNull(input.loanNotes?.trim()) : null,
  };
}

/**
 * Posts a notice. A PES member posts for their organisation (it owns the notice);
 * anyone else posts as a private person.
 */
export async function createEquipmentNotice(ctx: Context, input: EquipmentNoticeInput): Promise<EquipmentNotice> {
  const user = requireUser(ctx);
  const fields = noticeFields(input);
  const orgId = user.role === Role.PES_MEMBER ? await activeOrganizationId(ctx) : null;
  return ctx.db.transaction(async (em) => {
    const notice = em.getRepository(EquipmentNotice).create({
      ...fields,
      ownerUserId: user.id,
      ownerOrganizationId: orgId,
      status: NoticeStatus.AVAILABLE,
    });
    const saved = await em.save(notice);
    await notifyFollowersOfNotice(em, saved);
    return saved;
  });
}

/**
 * The notice the signed-in person manages, locked for their change (its poster first, as
 * deleting an account takes them): the checks and the change see what another member's
 * change committed meanwhile (an accepted request reserving the item), and a copy read
 * before it is never saved over it.
 */
async function lockManagedNotice(ctx: Context, em: EntityManager, id: string): Promise<EquipmentNotice> {
  return changeableOrRefused(await lockNoticeAfterPoster(em, id, "UPDATE"), "Notice", (notice) => canManageNotice(ctx, notice), "Only the notice's owner may change it");
}

/** The owner (or a member of the owning organisation) edits a notice; admins moderate. */
export async function updateEquipmentNotice(ctx: Context, id: string, input: EquipmentNoticeInput): Promise<EquipmentNotice> {
  const user = requireUser(ctx);
  const fields = noticeFields(input);
  return ctx.db.transaction(async (em) => {
    const notice = Object.assign(await lockManagedNotice(ctx, em, id), fields);
    await em.save(notice);
    if (user.role === Role.ADMIN && !(notice.ownerUserId === user.id)) {
      await audit(em, user.id, "notice.update", "EquipmentNotice", notice.id);
    }
    return notice;
  });
}

/** Moves a notice through AVAILABLE → RESERVED → HANDED_OVER / CLOSED (and back to AVAILABLE). */
export async function setEquipmentNoticeStatus(ctx: Context, id: string, status: string): Promise<EquipmentNotice> {
  if (!(NOTICE_STATUSES as string[]).includes(status)) {
    throw badInput({ status: `Status must be one of ${NOTICE_STATUSES.join(", ")}` });
  }
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const notice = await lockManagedNotice(ctx, em, id);
    notice.status = status as NoticeStatus;
    await em.save(notice);
    await audit(em, user.id, "notice.status", "EquipmentNotice", notice.id, { status });
    return notice;
  });
}

export async function findNotice(ctx: Context, id: string): Promise<EquipmentNotice | null> {
  return loadById(ctx.loaders.noticeById, id);
}

/** Notices matching every given filter, newest first; totalCount counts them all. */
export const listEquipmentNotices: ListPage<EquipmentNoticeFilter, EquipmentNotice> = async (ctx, filter, first, after) => {
  // "Mine" depends on the viewer: never from the shared cache.
  if (filter?.mine) return readEquipmentNotices(ctx, filter, first, after);
  const f = filter ?? {};
  // The answer is of the clock read with the version (`now`), and holds until the next expiry after it
  // (read by the count, in its snapshot); its count is kept over writes, the kept rows judged at the read's clock.
  return cachedRead(ctx.db, "notices", "equipmentNotices", { filter, first, after }, (now) => readEquipmentNotices(ctx, filter, first, after, now), {
    // The filter without the clock: a changed row that matches it at any time may matter.
    changedSince: (from, to) => rowsChanged(ctx.db, "notices", EquipmentNotice, "equipment_notices", "n", from, to, (qb) => whereNoticeFilter(qb, f)),
    counted: {
      ...rowCounting(ctx.db, "notices", "equipment_notices", "n", (param, asOf) => [...noticeConditions(f, param), ...listedAt(f, param, asOf)].join(" AND "), {
        expiry: "expires_at",
      }),
      answer: (count, now) => readEquipmentNotices(ctx, filter, first, after, now, count),
    },
  });
};

/**
 * The filter's conditions on notices `n`, but for the clock (expiry) and "mine" (the viewer),
 * each value written by `param` (which returns its placeholder): one text for the query
 * builder ({@link whereNoticeFilter}) and for the result cache's count over kept rows.
 */
function noticeConditions(f: EquipmentNoticeFilter, param: (v: unknown) => string): string[] {
  const where: string[] = [];
  const equal = { "n.kind": f.kind, "n.status": f.status, "n.district": f.district, "n.category": f.category, "n.owner_organization_id": f.organizationId };
  // As `whereEqual`: null, undefined and "" set no condition.
  for (const [column, value] of Object.entries(equal)) if (value != null && value !== "") where.push(`${column} = ${param(value)}`);
  if (!f.status) where.push(`n.status IN (${param(NoticeStatus.AVAILABLE)}, ${param(NoticeStatus.RESERVED)})`);
  if (f.conditions?.length) where.push(`n.condition IN (${f.conditions.map(param).join(", ")})`);
  for (const word of searchWords(f.text)) where.push(`n.search_text LIKE f_unaccent(${param(likePattern(word))})`);
  return where;
}

/** The clock's condition: without a status asked for, a notice is listed until it expires (at `asOf`, a placeholder; the statement's own time without one). */
function listedAt(f: EquipmentNoticeFilter, param: (v: unknown) => string, asOf?: Date): string[] {
  if (f.status) return [];
  return [`(n.expires_at IS NULL OR n.expires_at > ${asOf ? param(asOf) : "now()"})`];
}

/** Adds the filter's conditions, but for the clock and "mine", to a query on notices `n`. */
function whereNoticeFilter(qb: SelectQueryBuilder<EquipmentNotice>, f: EquipmentNoticeFilter): SelectQueryBuilder<EquipmentNotice> {
  return andWhereAll(qb, "nf", (param) => noticeConditions(f, param));
}

async function readEquipmentNotices(
  ctx: Context,
  filter: EquipmentNoticeFilter | null | undefined,
  first: number,
  after: string | null | undefined,
  asOf?: Date,
  count?: () => Promise<number>,
): Promise<Page<EquipmentNotice>> {
  const f = filter ?? {};
  const qb = whereNoticeFilter(ctx.db.getRepository(EquipmentNotice).createQueryBuilder("n"), f);
  andWhereAll(qb, "na", (param) => listedAt(f, param, asOf));
  if (f.mine) {
    if (!ctx.user) qb.andWhere("false");
    else {
      const orgId = await activeOrganizationId(ctx);
      if (orgId) qb.andWhere("(n.owner_organization_id = :mineOrg)", { mineOrg: orgId });
      else qb.andWhere("(n.owner_user_id = :mineUser AND n.owner_organization_id IS NULL)", { mineUser: ctx.user.id });
    }
  }
  return keysetPage(qb, { alias: "n", sortSql: "n.created_at", sortType: "timestamptz", desc: true, first, after, scope: "notices", count });
}
