import { Booking, BookingStatus, EquipmentNotice, ItemRequest, ItemRequestStatus, Offer } from "../../../entities/marketplace";
import type { EntityTarget, ObjectLiteral } from "typeorm";
import type { Context } from "../../context";
import { activeOrganizationId } from "../organizations/organizations.policy";
import { requireUser } from "../../auth/require-user";

/**
 * What waits for the signed-in person as the owner of notices: the booking requests and
 * item requests on the notices they own (their private ones, and their organisation's),
 * oldest first — the order in which an owner should answer them. One statement each.
 */
export async function bookingRequestsForMe(ctx: Context): Promise<Booking[]> {
  return requestedOnMyNotices(ctx, Booking, BookingStatus.REQUESTED);
}

export async function itemRequestsForMe(ctx: Context): Promise<ItemRequest[]> {
  return requestedOnMyNotices(ctx, ItemRequest, ItemRequestStatus.REQUESTED);
}

/** Approved loans whose borrower asked for more days: the owner approves or refuses the extension. */
export async function extensionRequestsForMe(ctx: Context): Promise<Booking[]> {
  return requestedOnMyNotices(ctx, Booking, BookingStatus.APPROVED, "r.extension_to IS NOT NULL");
}

/** Rows of `entity` (a request on a notice: `notice_id`, `status`, `created_at`) in `status`, on the notices the viewer owns. */
async function requestedOnMyNotices<T extends ObjectLiteral>(ctx: Context, entity: EntityTarget<T>, status: string, also = "TRUE"): Promise<T[]> {
  const user = requireUser(ctx);
  const org = await activeOrganizationId(ctx);
  return ctx.db
    .getRepository(entity)
    .createQueryBuilder("r")
    .innerJoin(EquipmentNotice, "n", "n.id = r.notice_id")
    .where("r.status = :s", { s: status })
    .andWhere(also)
    .andWhere(org ? "(n.owner_organization_id = :org OR (n.owner_organization_id IS NULL AND n.owner_user_id = :me))" : "n.owner_organization_id IS NULL AND n.owner_user_id = :me", { org, me: user.id })
    .orderBy("r.created_at", "ASC")
    .addOrderBy("r.id", "ASC")
    .limit(200)
    .getMany();
}

/** The offers of the signed-in person's organisation (sealed: only its members see them), newest first. */
export async function myOrganizationOffers(ctx: Context): Promise<Offer[]> {
  requireUser(ctx);
  const org = await activeOrganizationId(ctx);
  if (!org) return [];
  return ctx.db.getRepository(Offer).find({ where: { organizationId: org }, order: { updatedAt: "DESC", id: "DESC" }, take: 200 });
}
