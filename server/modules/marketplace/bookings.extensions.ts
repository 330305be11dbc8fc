import { Booking, BookingStatus } from "../../../entities/marketplace";
import { consumeOnBehalfOf } from "../../rate-limit";
import { todayInWarsaw } from "../../../entities/marketplace/date.scalar";
import { LOAN_LIMITS } from "../../../entities/limits";
import { requireUser } from "../../auth/require-user";
import type { Context } from "../../context";
import { badInput, conflict, forbidden } from "../../errors";
import { approvalsBusy, dayNumber, lockBooking, MAX_BOOKING_DAYS } from "./bookings.service";
import { mailBorrower, mailOwnerSide } from "./bookings.mail";
import { ownsNotice } from "./marketplace.policy";
import { isExclusionViolation, retryOnDeadlock } from "../../db-errors";

/**
 * A loan after its approval, from the two sides: the borrower confirms receipt and asks for
 * an extension; the owner (the poster of a private notice, or any active member of the
 * owning organisation — `ownsNotice`) approves or refuses it. Nobody else acts on a loan,
 * admins included: it is a matter between the two sides.
 */

const DAY_MS = 86_400_000;

/**
 * The borrower asks to keep an approved item until `to` (a later last day). A new request
 * replaces a pending one. Days already taken by another approved booking are CONFLICT at
 * once; the owner's approval re-checks under the database's exclusion constraint.
 */
export async function requestBookingExtension(ctx: Context, id: string, to: string): Promise<Booking> {
  const user = requireUser(ctx);
  await consumeOnBehalfOf("requestToOthers", user);
  return ctx.db.transaction(async (em) => {
    const { booking, notice } = await lockBooking(em, id);
    if (booking.borrowerId !== user.id) throw forbidden("Only the borrower asks for an extension");
    if (booking.status !== BookingStatus.APPROVED) throw conflict(`This booking is ${booking.status.toLowerCase()}`);
    const today = todayInWarsaw();
    if (to <= booking.toDate) throw badInput({ to: "The new last day must be after the current last day" });
    if (to < today) throw badInput({ to: "The new last day cannot be in the past" });
    if (dayNumber(to) - dayNumber(booking.fromDate) + 1 > MAX_BOOKING_DAYS) throw badInput({ to: `A booking can last at most ${MAX_BOOKING_DAYS} days` });
    if (notice.expiresAt && dayNumber(to) * DAY_MS >= notice.expiresAt.getTime()) throw badInput({ to: "The item is not available after the notice expires" });
    const taken = await em
      .getRepository(Booking)
      .createQueryBuilder("b")
      .where("b.notice_id = :notice AND b.status = :approved AND b.id <> :id", { notice: notice.id, approved: BookingStatus.APPROVED, id: booking.id })
      .andWhere(`daterange(b.from_date, b.to_date, '[]') && daterange(CAST(:from AS date), CAST(:to AS date), '[]')`, { from: booking.toDate, to })
      .getExists();
    if (taken) throw conflict("Some of these days are already booked");
    booking.extensionTo = to;
    booking.extensionRequestedAt = new Date();
    booking.extensionRefusedAt = null;
    booking.extensionRefusalReason = null;
    await em.save(booking);
    await mailOwnerSide(em, "extension-requested", booking, notice, `loan:${booking.id}:extension-requested:${booking.extensionRequestedAt.getTime()}`);
    return booking;
  });
}

/**
 * The owner approves the pending extension: the last day moves. Two APPROVED bookings of
 * one notice never share a day — the exclusion constraint decides, whatever the
 * concurrency, and a violation is CONFLICT (the request stays pending, to be refused).
 */
export async function approveBookingExtension(ctx: Context, id: string): Promise<Booking> {
  requireUser(ctx);
  try {
    const approve = () => ctx.db.transaction(async (em) => {
      const { booking, notice } = await lockBooking(em, id);
      if (!(await ownsNotice(ctx, notice))) throw forbidden("Only the item's owner decides extensions");
      if (booking.status !== BookingStatus.APPROVED || !booking.extensionTo) throw conflict("No extension of this booking is waiting");
      booking.toDate = booking.extensionTo;
      booking.extensionTo = null;
      await em.save(booking);
      await mailBorrower(em, "extension-approved", booking, notice, `loan:${booking.id}:extension-approved:${booking.toDate}`);
      return booking;
    });
    return await retryOnDeadlock(approve, approvalsBusy);
  } catch (err) {
    if (isExclusionViolation(err)) throw conflict("The extension overlaps an approved booking");
    throw err;
  }
}

/** The owner refuses the pending extension, optionally saying why (the borrower is told by e-mail). */
export async function refuseBookingExtension(ctx: Context, id: string, reason: string | null | undefined): Promise<Booking> {
  requireUser(ctx);
  const why = reason?.trim() || null;
  if (why && why.length > LOAN_LIMITS.refusalReasonMax) throw badInput({ reason: `At most ${LOAN_LIMITS.refusalReasonMax} characters` });
  return ctx.db.transaction(async (em) => {
    const { booking, notice } = await lockBooking(em, id);
    if (!(await ownsNotice(ctx, notice))) throw forbidden("Only the item's owner decides extensions");
    if (booking.status !== BookingStatus.APPROVED || !booking.extensionTo) throw conflict("No extension of this booking is waiting");
    booking.extensionTo = null;
    booking.extensionRefusedAt = new Date();
    booking.extensionRefusalReason = why;
    await em.save(booking);
    await mailBorrower(em, "extension-refused", booking, notice, `loan:${booking.id}:extension-refused:${booking.extensionRefusedAt.getTime()}`, why);
    return booking;
  });
}

/**
 * The borrower confirms that they received the item — their side of the handover (the
 * owner's side is recordBookingHandover). An approved booking whose first day has come, once.
 */
export async function confirmBookingReceipt(ctx: Context, id: string): Promise<Booking> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const { booking } = await lockBooking(em, id);
    if (booking.borrowerId !== user.id) throw forbidden("Only the borrower confirms receipt");
    if (booking.status !== BookingStatus.APPROVED) throw conflict("Only an approved booking can be received");
    if (booking.receivedAt) throw conflict("The receipt is already confirmed");
    if (booking.fromDate > todayInWarsaw()) throw conflict(`The booking starts on ${booking.fromDate}`);
    booking.receivedAt = new Date();
    await em.save(booking);
    return booking;
  });
}

/** An approved loan whose last day has passed (Europe/Warsaw) without a recorded return. */
export function isOverdue(b: Pick<Booking, "status" | "toDate">, now = new Date()): boolean {
  return b.status === BookingStatus.APPROVED && b.toDate < todayInWarsaw(now);
}
