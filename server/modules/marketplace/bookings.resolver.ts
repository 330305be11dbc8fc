import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Booking, DateScalar, EquipmentNotice } from "../../../entities/marketplace";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { approveBooking, cancelBooking, myBookings, recordBookingHandover, rejectBooking, requestBooking, returnBooking } from "./bookings.service";
import { canSeeWhoAsked } from "./marketplace.policy";
import { approveBookingExtension, confirmBookingReceipt, isOverdue, refuseBookingExtension, requestBookingExtension } from "./bookings.extensions";
import { IdArg } from "../arguments";

@Authorized()
@Resolver(() => Booking)
export class BookingResolver {
  @Query(() => [Booking], { description: "The signed-in person's booking requests." })
  myBookings(@Ctx() ctx: Context) {
    return myBookings(ctx);
  }

  @Mutation(() => Booking, { description: "Signed in, not the owner; LEND notices only; from ≤ to, not in the past." })
  requestBooking(
    @Ctx() ctx: Context,
    @IdArg("noticeId") noticeId: string,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
    @Arg("message", () => String, { nullable: true }) message: string | null,
  ) {
    return requestBooking(ctx, noticeId, from, to, message);
  }

  @Mutation(() => Booking, { description: "The owner; CONFLICT if it overlaps an APPROVED booking." })
  approveBooking(@Ctx() ctx: Context, @IdArg() id: string) {
    return approveBooking(ctx, id);
  }

  @Mutation(() => Booking, { description: "The owner refuses a request." })
  rejectBooking(@Ctx() ctx: Context, @IdArg() id: string) {
    return rejectBooking(ctx, id);
  }

  @Mutation(() => Booking, { description: "The borrower (or the owner) cancels." })
  cancelBooking(@Ctx() ctx: Context, @IdArg() id: string) {
    return cancelBooking(ctx, id);
  }

  @Mutation(() => Booking, { description: "The owner records that the borrower received the item: APPROVED, first day come, once." })
  recordBookingHandover(@Ctx() ctx: Context, @IdArg() id: string) {
    return recordBookingHandover(ctx, id);
  }

  @Mutation(() => Booking, { description: "The owner records the item's return (APPROVED → RETURNED), optionally with its condition and a note." })
  returnBooking(
    @Ctx() ctx: Context,
    @IdArg() id: string,
    @Arg("condition", () => String, { nullable: true, description: "Condition on return, at most 60 characters." }) condition: string | null,
    @Arg("note", () => String, { nullable: true, description: "At most 2000 characters." }) note: string | null,
  ) {
    return returnBooking(ctx, id, condition, note);
  }

  @Mutation(() => Booking, { description: "The borrower asks to keep an APPROVED loan until `to` (after the current last day); CONFLICT if those days are booked." })
  requestBookingExtension(@Ctx() ctx: Context, @IdArg() id: string, @Arg("to", () => DateScalar) to: string) {
    return requestBookingExtension(ctx, id, to);
  }

  @Mutation(() => Booking, { description: "The owner approves the pending extension; CONFLICT if it overlaps an APPROVED booking." })
  approveBookingExtension(@Ctx() ctx: Context, @IdArg() id: string) {
    return approveBookingExtension(ctx, id);
  }

  @Mutation(() => Booking, { description: "The owner refuses the pending extension; the reason (at most 1000 characters) is e-mailed to the borrower." })
  refuseBookingExtension(
    @Ctx() ctx: Context,
    @IdArg() id: string,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
  ) {
    return refuseBookingExtension(ctx, id, reason);
  }

  @Mutation(() => Booking, { description: "The borrower confirms receiving the item: APPROVED, first day come, once." })
  confirmBookingReceipt(@Ctx() ctx: Context, @IdArg() id: string) {
    return confirmBookingReceipt(ctx, id);
  }

  @FieldResolver(() => Boolean, { description: "APPROVED and the last day has passed (Europe/Warsaw) without a recorded return." })
  overdue(@Root() b: Booking): boolean {
    return isOverdue(b);
  }

  @FieldResolver(() => EquipmentNotice)
  notice(@Root() b: Booking, @Ctx() ctx: Context) {
    return ctx.loaders.noticeById.load(b.noticeId);
  }

  @FieldResolver(() => User, { nullable: true, description: "Visible to the borrower and the item's owner." })
  async borrower(@Root() b: Booking, @Ctx() ctx: Context): Promise<User | null> {
    if (!(await canSeeWhoAsked(ctx, { noticeId: b.noticeId, askerId: b.borrowerId }))) return null;
    return ctx.loaders.userById.load(b.borrowerId);
  }
}
