import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Booking, DateScalar, Demand, EquipmentNotice, ItemRequest, Offer, Product } from "../../../entities/marketplace";
import { Organization } from "../../../entities/organizations";
import { Role, User } from "../../../entities/users";
import type { Context } from "../../context";
import { activeOrganizationId } from "../organizations/organizations.policy";
import {
  approveBooking,
  cancelBooking,
  myBookings,
  recordBookingHandover,
  rejectBooking,
  requestBooking,
  returnBooking,
} from "./bookings.service";
import {
  awardOffer,
  closeDemand,
  createDemand,
  findDemand,
  listDemands,
  myOffer,
  submitOffer,
  withdrawOffer,
} from "./demands.service";
import {
  createEquipmentNotice,
  findNotice,
  listEquipmentNotices,
  setEquipmentNoticeStatus,
  updateEquipmentNotice,
} from "./equipment.service";
import {
  DemandFilter,
  DemandInput,
  EquipmentNoticeFilter,
  EquipmentNoticeInput,
  OfferInput,
  ProductFilter,
  ProductInput,
} from "./marketplace.inputs";
import { acceptItemRequest, declineItemRequest, myItemRequests, recordItemHandover, requestItem, withdrawItemRequest } from "./item-requests.service";
import { canManageNotice, canSeeAllOffers, deadlinePassed, managesDemand, ownsNotice } from "./marketplace.policy";
import { BookedPeriod, DemandConnection, EquipmentNoticeConnection, ProductConnection } from "./marketplace.types";
import { createProduct, deleteProduct, findProduct, listProducts, updateProduct } from "./products.service";
import { demandCategories, myDemandSubscriptions, subscribeToDemandCategory, unsubscribeFromDemandCategory } from "./subscriptions.service";
import { STAFF } from "../../auth/roles";

@Resolver(() => EquipmentNotice)
export class EquipmentNoticeResolver {
  @Query(() => EquipmentNoticeConnection, { description: "The equipment base; without `status`, only listed (available/reserved, unexpired) notices." })
  equipmentNotices(
    @Ctx() ctx: Context,
    @Arg("filter", () => EquipmentNoticeFilter, { nullable: true }) filter: EquipmentNoticeFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return listEquipmentNotices(ctx, filter, first ?? 20, after);
  }

  @Query(() => EquipmentNotice, { nullable: true })
  equipmentNotice(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<EquipmentNotice | null> {
    return findNotice(ctx, id);
  }

  @Authorized("PES_MEMBER", "RESIDENT")
  @Mutation(() => EquipmentNotice, { description: "PES_MEMBER (for their organisation) or RESIDENT." })
  createEquipmentNotice(@Ctx() ctx: Context, @Arg("input", () => EquipmentNoticeInput) input: EquipmentNoticeInput) {
    return createEquipmentNotice(ctx, input);
  }

  @Authorized()
  @Mutation(() => EquipmentNotice, { description: "The owner (or a member of the owning organisation)." })
  updateEquipmentNotice(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => EquipmentNoticeInput) input: EquipmentNoticeInput,
  ) {
    return updateEquipmentNotice(ctx, id, input);
  }

  @Authorized()
  @Mutation(() => EquipmentNotice, { description: "The owner: AVAILABLE, RESERVED, HANDED_OVER or CLOSED." })
  setEquipmentNoticeStatus(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("status", () => String) status: string) {
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

@Resolver(() => Booking)
export class BookingResolver {
  @Authorized()
  @Query(() => [Booking], { description: "The signed-in person's booking requests." })
  myBookings(@Ctx() ctx: Context) {
    return myBookings(ctx);
  }

  @Authorized()
  @Mutation(() => Booking, { description: "Signed in, not the owner; LEND notices only; from ≤ to, not in the past." })
  requestBooking(
    @Ctx() ctx: Context,
    @Arg("noticeId", () => ID) noticeId: string,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Arg("message", () => String, { nullable: true }) message: string | null,
  ) {
    return requestBooking(ctx, noticeId, from, to, message);
  }

  @Authorized()
  @Mutation(() => Booking, { description: "The owner; CONFLICT if it overlaps an APPROVED booking." })
  approveBooking(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return approveBooking(ctx, id);
  }

  @Authorized()
  @Mutation(() => Booking, { description: "The owner refuses a request." })
  rejectBooking(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return rejectBooking(ctx, id);
  }

  @Authorized()
  @Mutation(() => Booking, { description: "The borrower (or the owner) cancels." })
  cancelBooking(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return cancelBooking(ctx, id);
  }

  @Authorized()
  @Mutation(() => Booking, { description: "The owner records that the borrower received the item: APPROVED, first day come, once." })
  recordBookingHandover(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return recordBookingHandover(ctx, id);
  }

  @Authorized()
  @Mutation(() => Booking, { description: "The owner records the item's return (APPROVED → RETURNED), optionally with its condition and a note." })
  returnBooking(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("condition", () => String, { nullable: true, description: "Condition on return, at most 60 characters." }) condition: string | null,
    @Arg("note", () => String, { nullable: true, description: "At most 2000 characters." }) note: string | null,
  ) {
    return returnBooking(ctx, id, condition, note);
  }

  @FieldResolver(() => EquipmentNotice)
  notice(@Root() b: Booking, @Ctx() ctx: Context) {
    return ctx.loaders.noticeById.load(b.noticeId);
  }

  @FieldResolver(() => User, { nullable: true, description: "Visible to the borrower and the item's owner." })
  async borrower(@Root() b: Booking, @Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.user) return null;
    if (ctx.user.id !== b.borrowerId) {
      const notice = await ctx.loaders.noticeById.load(b.noticeId);
      if (!notice || !(await canManageNotice(ctx, notice))) return null;
    }
    return ctx.loaders.userById.load(b.borrowerId);
  }
}

@Resolver(() => ItemRequest)
export class ItemRequestResolver {
  @Authorized()
  @Query(() => [ItemRequest], { description: "The signed-in person's requests for items." })
  myItemRequests(@Ctx() ctx: Context) {
    return myItemRequests(ctx);
  }

  @Authorized()
  @Mutation(() => ItemRequest, { description: "Ask for a GIVE_AWAY, EXCHANGE or WANTED item (message to the owner)." })
  requestItem(@Ctx() ctx: Context, @Arg("noticeId", () => ID) noticeId: string, @Arg("message", () => String) message: string) {
    return requestItem(ctx, noticeId, message);
  }

  @Authorized()
  @Mutation(() => ItemRequest, { description: "The owner accepts one request; the notice becomes RESERVED." })
  acceptItemRequest(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return acceptItemRequest(ctx, id);
  }

  @Authorized()
  @Mutation(() => ItemRequest, { description: "The owner records that the accepted requester received the item; the notice becomes HANDED_OVER." })
  recordItemHandover(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("note", () => String, { nullable: true, description: "At most 2000 characters." }) note: string | null,
  ) {
    return recordItemHandover(ctx, id, note);
  }

  @Authorized()
  @Mutation(() => ItemRequest)
  declineItemRequest(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return declineItemRequest(ctx, id);
  }

  @Authorized()
  @Mutation(() => ItemRequest)
  withdrawItemRequest(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return withdrawItemRequest(ctx, id);
  }

  @FieldResolver(() => EquipmentNotice)
  notice(@Root() r: ItemRequest, @Ctx() ctx: Context) {
    return ctx.loaders.noticeById.load(r.noticeId);
  }

  @FieldResolver(() => User, { nullable: true, description: "Visible to the requester and the item's owner." })
  async requester(@Root() r: ItemRequest, @Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.user) return null;
    if (ctx.user.id !== r.requesterId) {
      const notice = await ctx.loaders.noticeById.load(r.noticeId);
      if (!notice || !(await canManageNotice(ctx, notice))) return null;
    }
    return ctx.loaders.userById.load(r.requesterId);
  }
}

@Resolver(() => Demand)
export class DemandResolver {
  @Query(() => DemandConnection, { description: "Demands and requests for quotation, latest deadline first." })
  demands(
    @Ctx() ctx: Context,
    @Arg("filter", () => DemandFilter, { nullable: true }) filter: DemandFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return listDemands(ctx, filter, first ?? 20, after);
  }

  @Query(() => Demand, { nullable: true })
  demand(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Demand | null> {
    return findDemand(ctx, id);
  }

  @Authorized(STAFF)
  @Mutation(() => Demand, { description: "OFFICIAL, ADMIN; the deadline must be in the future." })
  createDemand(@Ctx() ctx: Context, @Arg("input", () => DemandInput) input: DemandInput) {
    return createDemand(ctx, input);
  }

  @Authorized("PES_MEMBER")
  @Mutation(() => Offer, { description: "Verified PES_MEMBER; again = replaces the own organisation's offer." })
  submitOffer(
    @Ctx() ctx: Context,
    @Arg("demandId", () => ID) demandId: string,
    @Arg("input", () => OfferInput) input: OfferInput,
  ) {
    return submitOffer(ctx, demandId, input);
  }

  @Authorized("PES_MEMBER")
  @Mutation(() => Boolean, { description: "Withdraws the own organisation's offer before the deadline." })
  withdrawOffer(@Ctx() ctx: Context, @Arg("demandId", () => ID) demandId: string) {
    return withdrawOffer(ctx, demandId);
  }

  @Authorized(STAFF)
  @Mutation(() => Demand, { description: "The posting official or an admin, after the deadline; the PES are e-mailed." })
  awardOffer(@Ctx() ctx: Context, @Arg("offerId", () => ID) offerId: string) {
    return awardOffer(ctx, offerId);
  }

  @Authorized(STAFF)
  @Mutation(() => Demand, { description: "The posting official or an admin closes the demand without an award." })
  closeDemand(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return closeDemand(ctx, id);
  }

  @Authorized()
  @Query(() => [String], { description: "Categories whose new demands the signed-in person gets by e-mail." })
  myDemandSubscriptions(@Ctx() ctx: Context) {
    return myDemandSubscriptions(ctx);
  }

  @Query(() => [String], { description: "Categories used by demands and catalogue entries." })
  demandCategories(@Ctx() ctx: Context) {
    return demandCategories(ctx);
  }

  @Authorized("PES_MEMBER", "ADMIN")
  @Mutation(() => [String], { description: "Get new demands of this category in an e-mail digest; returns all own categories." })
  subscribeToDemandCategory(@Ctx() ctx: Context, @Arg("category", () => String) category: string) {
    return subscribeToDemandCategory(ctx, category);
  }

  @Authorized()
  @Mutation(() => [String])
  unsubscribeFromDemandCategory(@Ctx() ctx: Context, @Arg("category", () => String) category: string) {
    return unsubscribeFromDemandCategory(ctx, category);
  }

  @FieldResolver(() => [Offer], {
    nullable: true,
    description: "Sealed: null for everyone but the posting official and admins, and for them too before the deadline.",
  })
  async offers(@Root() d: Demand, @Ctx() ctx: Context): Promise<Offer[] | null> {
    return canSeeAllOffers(ctx, d) ? ctx.loaders.offersByDemandId.load(d.id) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Visible to the posting official and admins (null for others)." })
  async offerCount(@Root() d: Demand, @Ctx() ctx: Context): Promise<number | null> {
    return managesDemand(ctx, d) ? ctx.loaders.offerCountByDemandId.load(d.id) : null;
  }

  @FieldResolver(() => Offer, { nullable: true, description: "The viewer's organisation's own offer (PES only)." })
  myOffer(@Root() d: Demand, @Ctx() ctx: Context): Promise<Offer | null> {
    return myOffer(ctx, d);
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer posted it (or is an admin)." })
  viewerManages(@Root() d: Demand, @Ctx() ctx: Context): boolean {
    return managesDemand(ctx, d);
  }

  @FieldResolver(() => Boolean, { description: "True while offers are accepted." })
  acceptingOffers(@Root() d: Demand): boolean {
    return d.status === "OPEN" && !deadlinePassed(d);
  }
}

@Resolver(() => Offer)
export class OfferResolver {
  @FieldResolver(() => Organization)
  organization(@Root() o: Offer, @Ctx() ctx: Context) {
    return ctx.loaders.organizationById.load(o.organizationId);
  }

  @FieldResolver(() => Boolean, { description: "True for the offer the official picked." })
  async awarded(@Root() o: Offer, @Ctx() ctx: Context): Promise<boolean> {
    const d = await ctx.loaders.demandById.load(o.demandId);
    return d?.awardedOfferId === o.id;
  }
}

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: "Products and services of all organisations, by name." })
  products(
    @Ctx() ctx: Context,
    @Arg("filter", () => ProductFilter, { nullable: true }) filter: ProductFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return listProducts(ctx, filter, first ?? 20, after);
  }

  @Query(() => Product, { nullable: true })
  product(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findProduct(ctx, id);
  }

  @Authorized("PES_MEMBER", "ADMIN")
  @Mutation(() => Product, { description: "A verified PES adds to its organisation's catalogue." })
  createProduct(@Ctx() ctx: Context, @Arg("input", () => ProductInput) input: ProductInput) {
    return createProduct(ctx, input);
  }

  @Authorized()
  @Mutation(() => Product)
  updateProduct(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => ProductInput) input: ProductInput) {
    return updateProduct(ctx, id, input);
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteProduct(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return deleteProduct(ctx, id);
  }

  @FieldResolver(() => Organization)
  organization(@Root() p: Product, @Ctx() ctx: Context) {
    return ctx.loaders.organizationById.load(p.organizationId);
  }
}

/** What an organisation offers, on its directory profile. */
@Resolver(() => Organization)
export class OrganizationOffersResolver {
  @FieldResolver(() => [Product])
  products(@Root() o: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.productsByOrganizationId.load(o.id);
  }

  @FieldResolver(() => [EquipmentNotice], { description: "Listed notices of the organisation." })
  equipmentNotices(@Root() o: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.activeNoticesByOrganizationId.load(o.id);
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer is an active member of it (or an admin)." })
  async viewerIsMember(@Root() o: Organization, @Ctx() ctx: Context): Promise<boolean> {
    if (ctx.user?.role === Role.ADMIN) return true;
    return (await activeOrganizationId(ctx)) === o.id;
  }
}
