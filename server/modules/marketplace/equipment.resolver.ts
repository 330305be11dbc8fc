import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Booking, EquipmentNotice, ItemRequest } from "../../../entities/marketplace";
import { Organization } from "../../../entities/organizations";
import type { Context } from "../../context";
import { createEquipmentNotice, findNotice, listEquipmentNotices, setEquipmentNoticeStatus, updateEquipmentNotice } from "./equipment.service";
import { EquipmentNoticeFilter, EquipmentNoticeInput } from "./marketplace.inputs";
import { canManageNotice, ownsNotice } from "./marketplace.policy";
import { BookedPeriod, EquipmentNoticeConnection } from "./marketplace.types";
import { listQueryOf } from "../pagination";
import { IdArg } from "../arguments";
import { editMutationsOf } from "../operations";
import { Role } from "../../../entities/users";

export const EquipmentNoticeListResolver = listQueryOf(
  "equipmentNotices",
  EquipmentNoticeConnection,
  EquipmentNoticeFilter,
  listEquipmentNotices,
  "The equipment base; without `status`, only listed (available/reserved, unexpired) notices.",
);

export const EquipmentNoticeEditResolver = editMutationsOf(() => EquipmentNotice, EquipmentNoticeInput, {
  create: ["createEquipmentNotice", createEquipmentNotice, "PES_MEMBER (for their organisation) or RESIDENT.", [Role.PES_MEMBER, Role.RESIDENT]],
  update: ["updateEquipmentNotice", updateEquipmentNotice, "The owner (or a member of the owning organisation).", []],
});

@Resolver(() => EquipmentNotice)
export class EquipmentNoticeResolver {
  @Query(() => EquipmentNotice, { nullable: true })
  equipmentNotice(@Ctx() ctx: Context, @IdArg() id: string): Promise<EquipmentNotice | null> {
    return findNotice(ctx, id);
  }

  @Authorized()
  @Mutation(() => EquipmentNotice, { description: "The owner: AVAILABLE, RESERVED, HANDED_OVER or CLOSED." })
  setEquipmentNoticeStatus(@Ctx() ctx: Context, @IdArg() id: string, @Arg("status", () => String) status: string) {
    return setEquipmentNoticeStatus(ctx, id, status);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The owning organisation; null for a private person's notice." })
  organization(@Root() n: EquipmentNotice, @Ctx() ctx: Context) {
    return n.ownerOrganizationId ? ctx.loaders.organizationById.load(n.ownerOrganizationId) : null;
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer may edit the notice and decide its bookings." })
  async viewerIsOwner(@Root() n: EquipmentNotice, @Ctx() ctx: Context): Promise<boolean> {
    return ownsNotice(ctx, n);
  }

  @FieldResolver(() => [Booking], { nullable: true, description: "All booking requests: the owner only (null for others)." })
  async bookings(@Root() n: EquipmentNotice, @Ctx() ctx: Context): Promise<Booking[] | null> {
    if (!(await canManageNotice(ctx, n))) return null;
    return ctx.loaders.bookingsByNoticeId.load(n.id);
  }

  @FieldResolver(() => [ItemRequest], { nullable: true, description: "Requests for the item (non-LEND): the owner only (null for others)." })
  async itemRequests(@Root() n: EquipmentNotice, @Ctx() ctx: Context): Promise<ItemRequest[] | null> {
    if (!(await canManageNotice(ctx, n))) return null;
    return ctx.loaders.itemRequestsByNoticeId.load(n.id);
  }

  @FieldResolver(() => [Booking], { description: "The viewer's own bookings of this item with their handover and return (empty when signed out)." })
  viewerBookings(@Root() n: EquipmentNotice, @Ctx() ctx: Context): Promise<Booking[]> | Booking[] {
    return ctx.user ? ctx.loaders.bookingsByBorrowerAndNotice.load(`${ctx.user.id}:${n.id}`) : [];
  }

  @FieldResolver(() => [ItemRequest], { description: "The viewer's own requests for this item with their handover (empty when signed out)." })
  viewerItemRequests(@Root() n: EquipmentNotice, @Ctx() ctx: Context): Promise<ItemRequest[]> | ItemRequest[] {
    return ctx.user ? ctx.loaders.itemRequestsByRequesterAndNotice.load(`${ctx.user.id}:${n.id}`) : [];
  }

  @FieldResolver(() => [BookedPeriod], { description: "Days already taken by approved bookings (from today on)." })
  async bookedPeriods(@Root() n: EquipmentNotice, @Ctx() ctx: Context): Promise<BookedPeriod[]> {
    const rows = await ctx.loaders.approvedPeriodsByNoticeId.load(n.id);
    return rows.map((b) => ({ from: b.fromDate, to: b.toDate }));
  }
}
