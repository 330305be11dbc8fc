import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Booking, DateScalar } from "../../../entities/marketplace";
import type { Context } from "../../context";
import { approveBooking, cancelBooking, recordBookingHandover, rejectBooking, requestBooking, returnBooking } from "./bookings.service";
import { askedOfOwnerFieldsOf } from "./asked-fields";
import { approveBookingExtension, confirmBookingReceipt, isOverdue, refuseBookingExtension, requestBookingExtension } from "./bookings.extensions";
import { IdArg } from "../arguments";
import { idMutationsOf } from "../operations";

/** The decisions and confirmations that need only the booking's id. */
export const BookingActionResolver = idMutationsOf(() => Booking, {
  approveBooking: [approveBooking, "The owner; CONFLICT if it overlaps an APPROVED booking."],
  rejectBooking: [rejectBooking, "The owner refuses a request."],
  cancelBooking: [cancelBooking, "The borrower (or the owner) cancels."],
  recordBookingHandover: [recordBookingHandover, "The owner records that the borrower received the item: APPROVED, first day come, once."],
  approveBookingExtension: [approveBookingExtension, "The owner approves the pending extension; CONFLICT if it overlaps an APPROVED booking."],
  confirmBookingReceipt: [confirmBookingReceipt, "The borrower confirms receiving the item: APPROVED, first day come, once."],
}, { authorized: [] });

@Authorized()
@Resolver(() => Booking)
export class BookingResolver {
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

  @Mutation(() => Booking, { description: "The owner refuses the pending extension; the reason (at most 1000 characters) is e-mailed to the borrower." })
  refuseBookingExtension(
    @Ctx() ctx: Context,
    @IdArg() id: string,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
  ) {
    return refuseBookingExtension(ctx, id, reason);
  }

  @FieldResolver(() => Boolean, { description: "APPROVED and the last day has passed (Europe/Warsaw) without a recorded return." })
  overdue(@Root() b: Booking): boolean {
    return isOverdue(b);
  }
}

export const BookingAskedFieldsResolver = askedOfOwnerFieldsOf(Booking, { name: "borrower", idOf: (b) => b.borrowerId, description: "Visible to the borrower and the item's owner." });
