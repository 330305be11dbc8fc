import type { EntityManager } from "typeorm";
import { consumeOnBehalfOf } from "../../rate-limit";
import { Booking, BookingStatus, EquipmentNotice, NoticeKind, NoticeStatus } from "../../../entities/marketplace";
import { todayInWarsaw } from "../../../entities/marketplace/date.scalar";
import { NotificationKind } from "../../../entities/notifications";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { badInput, conflict, forbidden } from "../../errors";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import { requireUser } from "../../auth/require-user";
import { ownsNotice } from "./marketplace.policy";
import { decideAsOwner } from "./owner-decisions";
import { noticeContacts } from "./notice-contacts";
import { notifyAddresses } from "../notifications/notify";
import { lockNoticeAfterPoster } from "./notice-lock";
import { findByIdOrNotFound, lockByIdOrNotFound } from "../../ids";
import { isExclusionViolation, retryOnDeadlock } from "../../db-errors";

/** A booking may span at most this many days, and start at most this far ahead. */
export const MAX_BOOKING_DAYS = 90;
export const MAX_DAYS_AHEAD = 366;

const DAY_MS = 86_400_000;
export const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * Asks to borrow a LEND notice's item for the days [from, to]. Refused for the owner,
 * other kinds of notice, days in the past, from > to, and days already taken by an
 * APPROVED booking (the owner's approval re-checks that under the database constraint).
 */
export async function requestBooking(
  ctx: Context,
  noticeId: string,
  from: string,
  to: string,
  message: string | null | undefined,
): Promise<Booking> {
  const user = requireUser(ctx);
  const text = message?.trim() || null;
  if (text && text.length > 2000) throw badInput({ message: "Message can have at most 2000 characters" });
  const notice = await findByIdOrNotFound(ctx.db, EquipmentNotice, noticeId, "Notice");
  if (await ownsNotice(ctx, notice)) throw forbidden("You cannot book your own item");
  if (notice.kind !== NoticeKind.LEND) throw badInput({ noticeId: "Only LEND notices can be booked" });
  const today = todayInWarsaw();
  const fields: Record<string, string> = {};
  if (from < today) fields.from = "The first day cannot be in the past";
  if (to < from) fields.to = "The last day cannot be before the first day";
  else if (dayNumber(to) - dayNumber(from) + 1 > MAX_BOOKING_DAYS) fields.to = `A booking can last at most ${MAX_BOOKING_DAYS} days`;
  if (!fields.from && dayNumber(from) - dayNumber(today) > MAX_DAYS_AHEAD) fields.from = "Too far ahead";
  if (notice.expiresAt && dayNumber(to) * DAY_MS >= notice.expiresAt.getTime()) fields.to = "The item is not available after the notice expires";
  if (Object.keys(fields).length) throw badInput(fields);
  if (notice.status === NoticeStatus.CLOSED || notice.status === NoticeStatus.HANDED_OVER) {
    throw conflict("This item is no longer available");
  }
  await consumeOnBehalfOf("requestToOthers", user);
  return ctx.db.transaction(async (em) => {
    if (!(await stillBookable(em, notice.id))) throw conflict("This item is no longer available");
    const taken = await em
      .getRepository(Booking)
      .createQueryBuilder("b")
      .where("b.notice_id = :id AND b.status = :approved", { id: notice.id, approved: BookingStatus.APPROVED })
      .andWhere(`daterange(b.from_date, b.to_date, '[]') && daterange(CAST(:from AS date), CAST(:to AS date), '[]')`, { from, to })
      .getExists();
    if (taken) throw conflict("Some of these days are already booked");
    const booking = await em.save(
      em.getRepository(Booking).create({ noticeId: notice.id, borrowerId: user.id, fromDate: from, toDate: to, message: text }),
    );
    const body = `Dzień dobry,\n\n${user.name} prosi o użyczenie „${notice.title}” w dniach ${from} – ${to}.${
      text ? `\n\nWiadomość: ${text}` : ""
    }\n\nZatwierdź lub odrzuć prośbę: ${appLink(`/marketplace/equipment/${notice.id}`)}`;
    // The owner side hears through the notification centre (list, and e-mail by preference).
    await notifyAddresses(em, await noticeContacts(em, notice), {
      kind: NotificationKind.BOOKING_REQUEST,
      texts: { pl: { subject: `Prośba o użyczenie: ${notice.title}`, text: body }, en: { subject: `Loan request: ${notice.title}`, text: body } },
      link: `/marketplace/equipment/${notice.id}`,
      template: "marketplace.booking-requested",
      dedupeKey: (to) => `booking:${booking.id}:requested:${to}`,
    });
    return booking;
  });
}

/**
 * Whether the notice still takes booking requests, read share-locked for the rest of the
 * transaction (a closing waited for and seen), its poster locked first.
 */
async function stillBookable(em: EntityManager, noticeId: string): Promise<boolean> {
  const notice = await lockNoticeAfterPoster(em, noticeId, "SHARE");
  return !!notice && notice.status !== NoticeStatus.CLOSED && notice.status !== NoticeStatus.HANDED_OVER;
}

/** The booking, locked for the rest of the transaction, and its notice; NOT_FOUND for an unknown id. */
export async function lockBooking(em: EntityManager, id: string): Promise<{ booking: Booking; notice: EquipmentNotice }> {
  const booking = await lockByIdOrNotFound(em, Booking, id, "Booking");
  const notice = await em.getRepository(EquipmentNotice).findOneByOrFail({ id: booking.noticeId });
  return { booking, notice };
}

const lockedBooking = (em: EntityManager, id: string) =>
  lockBooking(em, id).then(({ booking, notice }) => ({ asked: booking, notice }));

async function tellBorrower(em: EntityManager, booking: Booking, notice: EquipmentNotice, what: string, template: string) {
  const borrower = await em.getRepository(User).findOneBy({ id: booking.borrowerId });
  if (!borrower) return;
  const body = `Dzień dobry ${borrower.name},\n\n${what}: „${notice.title}”, ${booking.fromDate} – ${booking.toDate}.\n\n${appLink(
    `/marketplace/equipment/${notice.id}`,
  )}`;
  await enqueueTextMail(em, {
    to: borrower.email,
    subject: `${what}: ${notice.title}`,
    text: body,
    template,
    dedupeKey: `booking:${booking.id}:${booking.status}`,
  });
}

/** Approvals of one item at the same moment kept deadlocking one another past the retries. */
export const approvalsBusy = () => conflict("Other decisions on this item were being saved at the same moment; try again");

/**
 * The owner approves a requested booking. Two APPROVED bookings of one notice never
 * share a day: the database's exclusion constraint decides, whatever the concurrency,
 * and a violation is reported as CONFLICT (a deadlock's victim is asked again first).
 */
export async function approveBooking(ctx: Context, id: string): Promise<Booking> {
  try {
    const approve = () =>
      decideAsOwner(ctx, (em) => lockedBooking(em, id), {
        what: "booking",
        refusal: "Only the item's owner approves bookings",
        status: BookingStatus.APPROVED,
        tell: (em, booking, notice) => tellBorrower(em, booking, notice, "Użyczenie zatwierdzone", "marketplace.booking-approved"),
      });
    return await retryOnDeadlock(approve, approvalsBusy);
  } catch (err) {
    if (isExclusionViolation(err)) throw conflict("These days overlap an approved booking");
    throw err;
  }
}

/** The owner refuses a requested booking. */
export function rejectBooking(ctx: Context, id: string): Promise<Booking> {
  return decideAsOwner(ctx, (em) => lockedBooking(em, id), {
    what: "booking",
    refusal: "Only the item's owner rejects bookings",
    status: BookingStatus.REJECTED,
    tell: (em, booking, notice) => tellBorrower(em, booking, notice, "Prośba o użyczenie odrzucona", "marketplace.booking-rejected"),
  });
}

/** The borrower (or the owner) cancels a requested or approved booking. */
export async function cancelBooking(ctx: Context, id: string): Promise<Booking> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const { booking, notice } = await lockBooking(em, id);
    const isBorrower = booking.borrowerId === user.id;
    if (!isBorrower && !(await ownsNotice(ctx, notice))) throw forbidden();
    if (booking.status !== BookingStatus.REQUESTED && booking.status !== BookingStatus.APPROVED) {
      throw conflict(`This booking is ${booking.status.toLowerCase()}`);
    }
    // The item is with the borrower: what remains is recording its return.
    if (booking.handedOverAt || booking.receivedAt) throw conflict("The item has been handed over; record its return instead");
    booking.status = BookingStatus.CANCELLED;
    await em.save(booking);
    if (!isBorrower) await tellBorrower(em, booking, notice, "Użyczenie odwołane", "marketplace.booking-cancelled");
    return booking;
  });
}

/** Bounds of the return record (checked here too, for callers that skip the GraphQL layer). */
export const MAX_RETURN_CONDITION = 60;
export const MAX_RETURN_NOTE = 2000;

/**
 * The owner records that the borrower received the item: only for an APPROVED booking
 * whose first day has come (Europe/Warsaw), once.
 */
export async function recordBookingHandover(ctx: Context, id: string): Promise<Booking> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const { booking, notice } = await lockBooking(em, id);
    if (!(await ownsNotice(ctx, notice))) throw forbidden("Only the item's owner records handovers");
    if (booking.status !== BookingStatus.APPROVED) throw conflict("Only an approved booking can be handed over");
    if (booking.handedOverAt) throw conflict("The handover of this booking is already recorded");
    if (booking.fromDate > todayInWarsaw()) throw conflict(`The booking starts on ${booking.fromDate}`);
    booking.handedOverAt = new Date();
    booking.handedOverById = user.id;
    await em.save(booking);
    return booking;
  });
}

/**
 * The owner records that a lent item came back (APPROVED → RETURNED), with an optional
 * condition and note. A return without a recorded handover is accepted: the return is
 * what matters for the calendar.
 */
export async function returnBooking(
  ctx: Context,
  id: string,
  condition?: string | null,
  note?: string | null,
): Promise<Booking> {
  const user = requireUser(ctx);
  const cond = condition?.trim() || null;
  const text = note?.trim() || null;
  const fields: Record<string, string> = {};
  if (cond && cond.length > MAX_RETURN_CONDITION) fields.condition = `At most ${MAX_RETURN_CONDITION} characters`;
  if (text && text.length > MAX_RETURN_NOTE) fields.note = `At most ${MAX_RETURN_NOTE} characters`;
  if (Object.keys(fields).length) throw badInput(fields);
  return ctx.db.transaction(async (em) => {
    const { booking, notice } = await lockBooking(em, id);
    if (!(await ownsNotice(ctx, notice))) throw forbidden("Only the item's owner records returns");
    if (booking.status !== BookingStatus.APPROVED) throw conflict("Only an approved booking can be returned");
    booking.status = BookingStatus.RETURNED;
    booking.returnedAt = new Date();
    booking.returnedById = user.id;
    booking.returnCondition = cond;
    booking.returnNote = text;
    await em.save(booking);
    return booking;
  });
}

/** The signed-in person's own booking requests, newest first. */
export async function myBookings(ctx: Context): Promise<Booking[]> {
  const user = requireUser(ctx);
  return ctx.db.getRepository(Booking).find({ where: { borrowerId: user.id }, order: { createdAt: "DESC" }, take: 200 });
}
