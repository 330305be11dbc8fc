import { randomBytes } from "node:crypto";
import { IsNull, type DataSource, type EntityManager } from "typeorm";
import { Premises, PremisesStatus, PremisesViewingBooking, PremisesViewingSlot } from "../../../entities/premises";
import { Role, User } from "../../../entities/users";
import { audit } from "../../audit";
import { requireUser } from "../../auth/require-user";
import type { Context } from "../../context";
import { badInput, conflict, notFound } from "../../errors";
import { isUuid, lockByIdOrNotFound } from "../../ids";
import type { Job } from "../module";
import { requireVerifiedPes } from "../organizations/organizations.policy";
import type { PremisesViewingSlotInput } from "./premises.inputs";
import { mailViewing, notifyViewingBooked } from "./premises.mail";
import { enquiryRecipient } from "./premises.enquiries.service";
import { premisesForManager } from "./premises.policy";

/*
 * Viewings of premises: the official publishes slots, residents and verified PES book a
 * place, the e-mail carries the calendar file and the cancel link, a reminder goes the
 * day before. A slot is never overbooked: bookings of one slot take its row lock.
 */

const MAX_SLOT_HOURS = 12;
const MAX_SLOTS_LISTED = 200;

let slotLocking = true;

/**
 * For the concurrency test's control run only: with `false`, bookings skip the slot's row
 * lock (and wait a moment between counting and inserting) — exactly the bug the lock
 * prevents. Never switched off outside tests.
 */
export function setViewingLockingForTests(on: boolean): void {
  if (process.env.NODE_ENV !== "test" && !on) throw new Error("Viewing locking can only be switched off in tests");
  slotLocking = on;
}

/** Fills the live figures of slots (`bookedCount`, `bookedByMe`) with one statement. */
async function withCounts(db: EntityManager | DataSource, slots: PremisesViewingSlot[], userId: string | null): Promise<PremisesViewingSlot[]> {
  if (!slots.length) return slots;
  const rows: { slotId: string; booked: number; mine: boolean }[] = await db.query(
    `SELECT b.slot_id AS "slotId", count(*)::int AS booked, bool_or(b.user_id = $2) AS mine
       FROM premises_viewing_bookings b
      WHERE b.slot_id = ANY($1::uuid[]) AND b.cancelled_at IS NULL
      GROUP BY b.slot_id`,
    [slots.map((s) => s.id), userId],
  );
  const bySlot = new Map(rows.map((r) => [r.slotId, r]));
  for (const s of slots) {
    s.bookedCount = bySlot.get(s.id)?.booked ?? 0;
    s.bookedByMe = !!userId && !!bySlot.get(s.id)?.mine;
  }
  return slots;
}

/** The live figures of a slot reached through a booking (lists fill them in bulk instead). */
export async function slotCounts(ctx: Context, slot: PremisesViewingSlot): Promise<PremisesViewingSlot> {
  return (await withCounts(ctx.db, [slot], ctx.user?.id ?? null))[0];
}

/** The official in charge (or an admin) publishes a viewing slot. */
export async function createViewingSlot(ctx: Context, input: PremisesViewingSlotInput, now = new Date()): Promise<PremisesViewingSlot> {
  const user = requireUser(ctx);
  const startsAt = input.startsAt;
  const endsAt = input.endsAt;
  if (startsAt.getTime() <= now.getTime()) throw badInput({ startsAt: "Must be in the future" });
  if (endsAt.getTime() <= startsAt.getTime()) throw badInput({ endsAt: "Must be after the start" });
  if (endsAt.getTime() - startsAt.getTime() > MAX_SLOT_HOURS * 3600_000) throw badInput({ endsAt: `At most ${MAX_SLOT_HOURS} hours after the start` });
  const place = input.place.trim();
  if (place.length < 2) throw badInput({ place: "Must be 2 to 200 characters" });
  return ctx.db.transaction(async (em) => {
    // Locked: premises being deleted meanwhile are waited for and then NOT_FOUND, never a slot referring to nothing.
    const premises = await premisesForManager(em, ctx, input.premisesId, true);
    if (premises.status === PremisesStatus.WITHDRAWN) throw conflict("The premises are withdrawn");
    const repo = em.getRepository(PremisesViewingSlot);
    const slot = await repo.save(repo.create({ premisesId: premises.id, startsAt, endsAt, place, capacity: input.capacity, createdById: user.id }));
    await audit(em, user.id, "premises.viewing.slot.create", "PremisesViewingSlot", slot.id, { premisesId: premises.id });
    return (await withCounts(em, [slot], user.id))[0];
  });
}

/** The official deletes a slot nobody has booked; a booked slot is CONFLICT (people were told to come). */
export async function deleteViewingSlot(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  if (!isUuid(id)) throw notFound("Viewing slot");
  return ctx.db.transaction(async (em) => {
    const slot = await lockByIdOrNotFound(em, PremisesViewingSlot, id, "Viewing slot");
    await premisesForManager(em, ctx, slot.premisesId);
    if (await em.getRepository(PremisesViewingBooking).existsBy({ slotId: id, cancelledAt: IsNull() })) throw conflict("People have booked this slot");
    await em.getRepository(PremisesViewingSlot).delete({ id });
    await audit(em, user.id, "premises.viewing.slot.delete", "PremisesViewingSlot", id, { premisesId: slot.premisesId });
    return true;
  });
}

/** The slots of premises, soonest first: upcoming ones by default (the official's list passes `upcoming: false`). */
export async function listViewingSlots(ctx: Context, premisesId: string, upcoming = true): Promise<PremisesViewingSlot[]> {
  if (!isUuid(premisesId)) return [];
  const qb = ctx.db.getRepository(PremisesViewingSlot).createQueryBuilder("s").where("s.premises_id = :premisesId", { premisesId });
  if (upcoming) qb.andWhere("s.starts_at > now()");
  const slots = await qb.orderBy("s.starts_at", "ASC").addOrderBy("s.id", "ASC").limit(MAX_SLOTS_LISTED).getMany();
  return withCounts(ctx.db, slots, ctx.user?.id ?? null);
}

/**
 * A resident or a member of a verified PES books a place. The slot's row lock decides
 * concurrent bookings one at a time, so a full slot is CONFLICT and never overbooked.
 * The confirmation (with the calendar file and the cancel link) and the notification of
 * whoever receives the premises' enquiries are queued in the same transaction.
 */
export async function bookViewing(ctx: Context, slotId: string): Promise<PremisesViewingBooking> {
  const user = requireUser(ctx);
  const organizationId = user.role === Role.RESIDENT ? null : await requireVerifiedPes(ctx);
  if (!isUuid(slotId)) throw notFound("Viewing slot");
  return ctx.db.transaction(async (em) => {
    // The official in charge first (FOR KEY SHARE, as their notification will): the person
    // before what is theirs, so deleting that account (the user, then their slots) waits or
    // is waited for, never deadlocks with a booking holding the slot.
    await em.query(
      `SELECT u.id FROM users u JOIN premises p ON p.owner_id = u.id JOIN premises_viewing_slots s ON s.premises_id = p.id WHERE s.id = $1 FOR KEY SHARE OF u`,
      [slotId],
    );
    const qb = em.getRepository(PremisesViewingSlot).createQueryBuilder("s").where("s.id = :slotId", { slotId });
    if (slotLocking) qb.setLock("pessimistic_write");
    const slot = await qb.getOne();
    if (!slot) throw notFound("Viewing slot");
    const premises = await em.getRepository(Premises).findOneByOrFail({ id: slot.premisesId });
    if (premises.status === PremisesStatus.WITHDRAWN) throw notFound("Viewing slot");
    if (slot.startsAt.getTime() <= Date.now()) throw conflict("This viewing has already started");
    const repo = em.getRepository(PremisesViewingBooking);
    if (await repo.existsBy({ slotId, userId: user.id, cancelledAt: IsNull() })) throw conflict("You have already booked this viewing");
    const booked = await repo.countBy({ slotId, cancelledAt: IsNull() });
    if (booked >= slot.capacity) throw conflict("This viewing slot is full");
    if (!slotLocking) await new Promise((r) => setTimeout(r, 20));
    const booking = await repo.save(repo.create({ slotId, userId: user.id, organizationId, cancelToken: randomBytes(24).toString("base64url") }));
    await mailViewing(em, { kind: "confirmation", booking, slot, premises, person: user });
    const owner = premises.ownerId ? await em.getRepository(User).findOneBy({ id: premises.ownerId }) : null;
    const to = enquiryRecipient(premises, owner);
    // An official booking a viewing of their own premises is not told of it.
    if (to && to.email !== user.email?.toLowerCase()) await notifyViewingBooked(em, { booking, slot, premises, person: user, to: to.email });
    return booking;
  });
}

/** The e-mail's cancel link: the token stands for the person. Cancelling twice changes nothing. */
export async function cancelViewingByToken(db: DataSource, token: string): Promise<PremisesViewingBooking> {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw notFound("Booking");
  return db.transaction(async (em) => {
    const repo = em.getRepository(PremisesViewingBooking);
    const found = await repo.findOneBy({ cancelToken: token });
    if (!found) throw notFound("Booking");
    // The slot's lock orders the cancel against concurrent bookings of the freed place.
    await em.getRepository(PremisesViewingSlot).createQueryBuilder("s").setLock("pessimistic_write").where("s.id = :id", { id: found.slotId }).getOne();
    const b = await repo.findOneByOrFail({ id: found.id });
    if (b.cancelledAt) return b;
    await repo.update({ id: b.id }, { cancelledAt: new Date() });
    return repo.findOneByOrFail({ id: b.id });
  });
}

/** The official's list: every live booking of the premises' slots, by slot time then booking time. */
export async function listViewingBookings(ctx: Context, premisesId: string): Promise<PremisesViewingBooking[]> {
  await premisesForManager(ctx.db, ctx, premisesId);
  return ctx.db
    .getRepository(PremisesViewingBooking)
    .createQueryBuilder("b")
    .innerJoin(PremisesViewingSlot, "s", "s.id = b.slot_id")
    .where("s.premises_id = :premisesId AND b.cancelled_at IS NULL", { premisesId })
    .orderBy("s.starts_at", "ASC")
    .addOrderBy("b.created_at", "ASC")
    .addOrderBy("b.id", "ASC")
    .limit(MAX_SLOTS_LISTED * 100)
    .getMany();
}

/**
 * The signed-in person's own bookings (cancelled ones too, as history), latest slot first:
 * Moje sprawy. Slot and premises come through the loaders.
 */
export async function myViewingBookings(ctx: Context): Promise<PremisesViewingBooking[]> {
  const user = requireUser(ctx);
  return ctx.db
    .getRepository(PremisesViewingBooking)
    .createQueryBuilder("b")
    .innerJoin(PremisesViewingSlot, "s", "s.id = b.slot_id")
    .where("b.user_id = :userId", { userId: user.id })
    .orderBy("s.starts_at", "DESC")
    .addOrderBy("b.created_at", "DESC")
    .addOrderBy("b.id", "DESC")
    .limit(MAX_SLOTS_LISTED)
    .getMany();
}

/**
 * Reminds everyone booked for a viewing starting within the next 24 hours. Safe on any
 * number of nodes at once: the advisory lock keeps runs apart and the dedupe key makes a
 * second reminder of the same booking a no-op. Returns how many were queued.
 */
export async function sendViewingReminders(db: DataSource, now = new Date()): Promise<number> {
  return db.transaction(async (em) => {
    const [{ locked }] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('pestor-premises-viewing-reminders')) AS locked`);
    if (!locked) return 0;
    const ids: { id: string }[] = await em.query(
      `SELECT b.id
         FROM premises_viewing_bookings b
         JOIN premises_viewing_slots s ON s.id = b.slot_id
        WHERE b.cancelled_at IS NULL AND s.starts_at > $1 AND s.starts_at <= $1 + interval '24 hours'
          AND NOT EXISTS (SELECT 1 FROM mail_messages m WHERE m.dedupe_key = 'premises-viewing-reminder:' || b.id::text)
        ORDER BY s.starts_at, b.id
        LIMIT 500`,
      [now],
    );
    for (const { id } of ids) {
      const booking = await em.getRepository(PremisesViewingBooking).findOneByOrFail({ id });
      const slot = await em.getRepository(PremisesViewingSlot).findOneByOrFail({ id: booking.slotId });
      const premises = await em.getRepository(Premises).findOneByOrFail({ id: slot.premisesId });
      const person = await em.getRepository(User).findOneBy({ id: booking.userId });
      if (person?.email) await mailViewing(em, { kind: "reminder", booking, slot, premises, person });
    }
    return ids.length;
  });
}

export const premisesViewingsJob: Job = {
  name: "premises.viewing-reminders",
  everySeconds: 600,
  run: async (db) => void (await sendViewingReminders(db)),
};
