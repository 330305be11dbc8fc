import { EquipmentNotice, NOTICE_STATUSES, NoticeKind, NoticeStatus } from "../../../entities/marketplace";
import { Role } from "../../../entities/users";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { notifyFollowersOfNotice } from "./equipment.mail";
import { badInput, forbidden } from "../../errors";
import { activeOrganizationId } from "../organizations/organizations.policy";
import { requireUser } from "../../auth/require-user";
import type { EquipmentNoticeFilter, EquipmentNoticeInput } from "./marketplace.inputs";
import { canManageNotice } from "./marketplace.policy";
import { keysetPage, type Page, whereEqual, whereWords, type ListPage } from "../pagination";
import { findByIdOrNotFound, loadById } from "../../ids";
import { cachedRead, rowsChanged } from "../../result-cache";
import type { DataSource, SelectQueryBuilder } from "typeorm";

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

async function loadManagedNotice(ctx: Context, id: string): Promise<EquipmentNotice> {
  requireUser(ctx);
  const notice = await findByIdOrNotFound(ctx.db, EquipmentNotice, id, "Notice");
  if (!(await canManageNotice(ctx, notice))) throw forbidden("Only the notice's owner may change it");
  return notice;
}

/** The owner (or a member of the owning organisation) edits a notice; admins moderate. */
export async function updateEquipmentNotice(ctx: Context, id: string, input: EquipmentNoticeInput): Promise<EquipmentNotice> {
  const notice = await loadManagedNotice(ctx, id);
  const fields = noticeFields(input);
  return ctx.db.transaction(async (em) => {
    Object.assign(notice, fields);
    await em.save(notice);
    if (ctx.user!.role === Role.ADMIN && !(notice.ownerUserId === ctx.user!.id)) {
      await audit(em, ctx.user!.id, "notice.update", "EquipmentNotice", notice.id);
    }
    return notice;
  });
}

/** Moves a notice through AVAILABLE → RESERVED → HANDED_OVER / CLOSED (and back to AVAILABLE). */
export async function setEquipmentNoticeStatus(ctx: Context, id: string, status: string): Promise<EquipmentNotice> {
  if (!(NOTICE_STATUSES as string[]).includes(status)) {
    throw badInput({ status: `Status must be one of ${NOTICE_STATUSES.join(", ")}` });
  }
  const notice = await loadManagedNotice(ctx, id);
  return ctx.db.transaction(async (em) => {
    notice.status = status as NoticeStatus;
    await em.save(notice);
    await audit(em, ctx.user!.id, "notice.status", "EquipmentNotice", notice.id, { status });
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
  // The answer is of the clock read with the version (`now`), and holds until the next expiry after it.
  return cachedRead(ctx.db, "notices", "equipmentNotices", { filter, first, after }, (now) => readEquipmentNotices(ctx, filter, first, after, now), {
    validUntil: (now) => nextNoticeExpiry(ctx.db, now),
    // The filter without the clock: a changed row that matches it at any time may matter.
    changedSince: (from, to) => rowsChanged(ctx.db, "notices", EquipmentNotice, "equipment_notices", "n", from, to, (qb) => whereNoticeFilter(qb, filter ?? {})),
  });
};

/** The first expiry after `now`: until then the clock takes no notice off the list. */
async function nextNoticeExpiry(db: DataSource, now: Date): Promise<Date | null> {
  const row = await db
    .getRepository(EquipmentNotice)
    .createQueryBuilder("n")
    .select("min(n.expires_at)", "next")
    .where("n.expires_at > :now", { now })
    .getRawOne<{ next: Date | null }>();
  return row?.next ?? null;
}

/** The filter's conditions on notices `n`, but for the clock (expiry) and "mine" (the viewer). */
function whereNoticeFilter(qb: SelectQueryBuilder<EquipmentNotice>, f: EquipmentNoticeFilter): SelectQueryBuilder<EquipmentNotice> {
  whereEqual(qb, { "n.kind": f.kind, "n.status": f.status, "n.district": f.district, "n.category": f.category, "n.owner_organization_id": f.organizationId });
  if (!f.status) qb.andWhere("n.status IN (:...listed)", { listed: [NoticeStatus.AVAILABLE, NoticeStatus.RESERVED] });
  if (f.conditions?.length) qb.andWhere("n.condition IN (:...conditions)", { conditions: f.conditions });
  if (f.text?.trim()) whereWords(qb, "n.search_text", f.text);
  return qb;
}

async function readEquipmentNotices(
  ctx: Context,
  filter: EquipmentNoticeFilter | null | undefined,
  first: number,
  after: string | null | undefined,
  asOf?: Date,
): Promise<Page<EquipmentNotice>> {
  const f = filter ?? {};
  const qb = whereNoticeFilter(ctx.db.getRepository(EquipmentNotice).createQueryBuilder("n"), f);
  if (!f.status) {
    if (asOf) qb.andWhere("(n.expires_at IS NULL OR n.expires_at > :asOf)", { asOf });
    else qb.andWhere("(n.expires_at IS NULL OR n.expires_at > now())");
  }
  if (f.mine) {
    if (!ctx.user) qb.andWhere("false");
    else {
      const orgId = await activeOrganizationId(ctx);
      if (orgId) qb.andWhere("(n.owner_organization_id = :mineOrg)", { mineOrg: orgId });
      else qb.andWhere("(n.owner_user_id = :mineUser AND n.owner_organization_id IS NULL)", { mineUser: ctx.user.id });
    }
  }
  return keysetPage(qb, { alias: "n", sortSql: "n.created_at", sortType: "timestamptz", desc: true, first, after, scope: "notices" });
}
