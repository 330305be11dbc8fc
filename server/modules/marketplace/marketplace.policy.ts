import type { Demand, EquipmentNotice, Offer } from "../../../entities/marketplace";
import { Role } from "../../../entities/users";
import type { Context } from "../../context";
import { activeOrganizationId } from "../organizations/organizations.policy";
import { canSeeAllBids, canSeeBid, deadlinePassed, unsealedSql } from "../sealing";

export { deadlinePassed };

/**
 * Access rules of the marketplace, in one place.
 *
 * Notices: a PES member's notice belongs to their organisation (every active member of
 * it manages the notice); a resident's notice belongs to them alone. Demands: the
 * posting official and admins manage them. Offers are sealed: their own organisation
 * sees them at any time; the posting official and admins see all of them, and only after
 * the deadline; nobody else ever does.
 */

/** True when the viewer owns the notice: its poster (private notice) or a member of the owning organisation. */
export async function ownsNotice(ctx: Context, notice: EquipmentNotice): Promise<boolean> {
  if (!ctx.user) return false;
  if (notice.ownerOrganizationId) return (await activeOrganizationId(ctx)) === notice.ownerOrganizationId;
  return notice.ownerUserId === ctx.user.id;
}

/** Owners, and admins for moderation, may edit or close a notice. */
export async function canManageNotice(ctx: Context, notice: EquipmentNotice): Promise<boolean> {
  if (ctx.user?.role === Role.ADMIN) return true;
  return ownsNotice(ctx, notice);
}

/**
 * Who asked for a notice's item (a booking's borrower, an item request's requester) is
 * seen by that person and by whoever manages the notice; nobody else learns who asked.
 */
export async function canSeeWhoAsked(ctx: Context, ask: { noticeId: string; askerId: string }): Promise<boolean> {
  if (!ctx.user) return false;
  if (ctx.user.id === ask.askerId) return true;
  const notice = await ctx.loaders.noticeById.load(ask.noticeId);
  return !!notice && (await canManageNotice(ctx, notice));
}

/**
 * The posting official — while they still are an official — or an admin. Having created
 * the demand is not enough: a demoted official loses control of their demands at once.
 */
export function managesDemand(ctx: Context, demand: Demand): boolean {
  if (!ctx.user) return false;
  if (ctx.user.role === Role.ADMIN) return true;
  return ctx.user.role === Role.OFFICIAL && demand.createdById === ctx.user.id;
}

/**
 * The seal in SQL for every aggregate over offers (`demand` is the alias of the offer's
 * demand row): the shared rule of sealed bids, `server/modules/sealing.ts`.
 */
export const unsealedDemandSql = (demand: string): string => unsealedSql(demand);

/** Sealed offers open for the posting official and admins once the deadline has passed (the shared seal). */
export function canSeeAllOffers(ctx: Context, demand: Demand, now = new Date()): boolean {
  return canSeeAllBids(managesDemand(ctx, demand), demand, now);
}

/** Members of the offering organisation at any time; the posting official and admins after the deadline. */
export function canSeeOffer(ctx: Context, demand: Demand, offer: Offer, now = new Date()): Promise<boolean> {
  return canSeeBid(ctx, managesDemand(ctx, demand), demand, offer.organizationId, now);
}
