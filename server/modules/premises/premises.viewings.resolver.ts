import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Organization } from "../../../entities/organizations";
import { Premises, PremisesViewingBooking, PremisesViewingSlot } from "../../../entities/premises";
import { STAFF } from "../../auth/roles";
import type { Context } from "../../context";
import { PremisesViewingSlotInput } from "./premises.inputs";
import { managesPremises } from "./premises.policy";
import { bookViewing, cancelViewingByToken, createViewingSlot, deleteViewingSlot, listViewingBookings, listViewingSlots, myViewingBookings, slotCounts } from "./premises.viewings";
import { IdArg, InputArg } from "../arguments";

@Resolver(() => PremisesViewingSlot)
export class PremisesViewingSlotResolver {
  @Query(() => [PremisesViewingSlot], { description: "Viewing slots of premises, soonest first; only upcoming ones unless `upcoming: false`." })
  premisesViewingSlots(
    @IdArg("premisesId") premisesId: string,
    @Arg("upcoming", () => Boolean, { nullable: true, defaultValue: true }) upcoming: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<PremisesViewingSlot[]> {
    return listViewingSlots(ctx, premisesId, upcoming ?? true);
  }

  @FieldResolver(() => Int)
  async bookedCount(@Root() s: PremisesViewingSlot, @Ctx() ctx: Context): Promise<number> {
    return s.bookedCount ?? (await slotCounts(ctx, s)).bookedCount!;
  }

  @FieldResolver(() => Boolean)
  async bookedByMe(@Root() s: PremisesViewingSlot, @Ctx() ctx: Context): Promise<boolean> {
    return s.bookedByMe ?? (await slotCounts(ctx, s)).bookedByMe!;
  }

  @Authorized(STAFF)
  @Mutation(() => PremisesViewingSlot, { description: "The official in charge of the premises (or an admin) publishes a viewing slot." })
  createPremisesViewingSlot(@InputArg(PremisesViewingSlotInput) input: PremisesViewingSlotInput, @Ctx() ctx: Context): Promise<PremisesViewingSlot> {
    return createViewingSlot(ctx, input);
  }

  @Authorized(STAFF)
  @Mutation(() => Boolean, { description: "Deletes a slot nobody has booked (a booked one is CONFLICT)." })
  deletePremisesViewingSlot(@IdArg() id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteViewingSlot(ctx, id);
  }

  @Authorized()
  @Mutation(() => PremisesViewingBooking, { description: "A resident or a member of a verified PES books a place; a full slot is CONFLICT." })
  bookPremisesViewing(@IdArg("slotId") slotId: string, @Ctx() ctx: Context): Promise<PremisesViewingBooking> {
    return bookViewing(ctx, slotId);
  }

  @Mutation(() => PremisesViewingBooking, { description: "The e-mail's cancel link (the token stands for the person); cancelling twice changes nothing." })
  cancelPremisesViewingByToken(@Arg("token", () => String) token: string, @Ctx() ctx: Context): Promise<PremisesViewingBooking> {
    return cancelViewingByToken(ctx.db, token);
  }

  @Authorized(STAFF)
  @Query(() => [PremisesViewingBooking], { description: "The official in charge (or an admin): every live booking of the premises' slots." })
  premisesViewingBookings(@IdArg("premisesId") premisesId: string, @Ctx() ctx: Context): Promise<PremisesViewingBooking[]> {
    return listViewingBookings(ctx, premisesId);
  }

  @Authorized()
  @Query(() => [PremisesViewingBooking], { description: "The signed-in person's own viewing bookings, cancelled ones too, latest slot first." })
  myPremisesViewingBookings(@Ctx() ctx: Context): Promise<PremisesViewingBooking[]> {
    return myViewingBookings(ctx);
  }
}

@Resolver(() => PremisesViewingBooking)
export class PremisesViewingBookingResolver {
  /** The person's name and e-mail: for the official in charge, an admin, or the person themself. */
  private async mayIdentify(b: PremisesViewingBooking, ctx: Context): Promise<boolean> {
    if (!ctx.user) return false;
    if (ctx.user.id === b.userId) return true;
    const slot = await ctx.loaders.viewingSlotById.load(b.slotId);
    const premises = slot ? await ctx.loaders.premisesById.load(slot.premisesId) : null;
    return !!premises && managesPremises(ctx, premises);
  }

  @FieldResolver(() => String, { nullable: true, description: "Who booked (the official in charge, admins and the person only)." })
  async personName(@Root() b: PremisesViewingBooking, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.mayIdentify(b, ctx)) ? ((await ctx.loaders.userById.load(b.userId))?.name ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Their e-mail (the official in charge, admins and the person only)." })
  async personEmail(@Root() b: PremisesViewingBooking, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.mayIdentify(b, ctx)) ? ((await ctx.loaders.userById.load(b.userId))?.email ?? null) : null;
  }

  @FieldResolver(() => PremisesViewingSlot, { nullable: true })
  slot(@Root() b: PremisesViewingBooking, @Ctx() ctx: Context): Promise<PremisesViewingSlot | null> {
    return ctx.loaders.viewingSlotById.load(b.slotId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The PES they booked for (null for residents)." })
  organization(@Root() b: PremisesViewingBooking, @Ctx() ctx: Context): Promise<Organization | null> {
    return b.organizationId ? ctx.loaders.organizationById.load(b.organizationId) : Promise.resolve(null);
  }

  @FieldResolver(() => Premises, { nullable: true })
  async premises(@Root() b: PremisesViewingBooking, @Ctx() ctx: Context): Promise<Premises | null> {
    const slot = await ctx.loaders.viewingSlotById.load(b.slotId);
    return slot ? ctx.loaders.premisesById.load(slot.premisesId) : null;
  }
}
