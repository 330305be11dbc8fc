import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import { Audience, Registration, RegistrationStatus, Training, type RegistrationAnswers } from "../../../entities/trainings";
import { isUuid } from "../../ids";
import { rowAsEntity } from "../loading";

/**
 * Seats of a training: the live counts, the quota rule, the row lock that decides
 * concurrent registrations one at a time, and the codes and tokens of a registration.
 */
// ---------------------------------------------------------------- seat locking switch

let seatLocking = true;

/**
 * For the concurrency test's control run only: with `false`, registrations skip the row
 * lock on the training (and wait a moment between counting and inserting), which is
 * exactly the bug the lock prevents. Never switched off outside tests.
 */
export function setSeatLockingForTests(on: boolean): void {
  if (process.env.NODE_ENV !== "test" && !on) throw new Error("Seat locking can only be switched off in tests");
  seatLocking = on;
}

/** Whether registrations take the row lock (always, but in the concurrency test's control run). */
export function seatLockingOn(): boolean {
  return seatLocking;
}

// ---------------------------------------------------------------- helpers

export const QUOTA_FIELDS: Record<Audience, "officialsQuota" | "pesQuota" | "residentsQuota"> = {
  [Audience.OFFICIALS]: "officialsQuota",
  [Audience.PES]: "pesQuota",
  [Audience.RESIDENTS]: "residentsQuota",
};

export interface SeatCounts {
  confirmed: number;
  waitlisted: number;
  confirmedBy: Record<Audience, number>;
}

export const emptyCounts = (): SeatCounts => ({
  confirmed: 0,
  waitlisted: 0,
  confirmedBy: { OFFICIALS: 0, PES: 0, RESIDENTS: 0 },
});

/** Live registration counts of one training (read inside the caller's transaction). */
export async function seatCounts(em: EntityManager, trainingId: string): Promise<SeatCounts> {
  const rows: { status: RegistrationStatus; audience: Audience; n: number }[] = await em.query(
    `SELECT status, audience, count(*)::int AS n FROM registrations
      WHERE training_id = $1 AND status <> 'CANCELLED' GROUP BY status, audience`,
    [trainingId],
  );
  const c = emptyCounts();
  for (const r of rows) {
    if (r.status === RegistrationStatus.CONFIRMED) {
      c.confirmed += r.n;
      c.confirmedBy[r.audience] += r.n;
    } else c.waitlisted += r.n;
  }
  return c;
}

/** True when one more person of `audience` can get a CONFIRMED seat. */
export function hasSeatFor(t: Training, c: SeatCounts, audience: Audience): boolean {
  if (c.confirmed >= t.capacity) return false;
  const quota = t.quotaOf(audience);
  return quota === null || c.confirmedBy[audience] < quota;
}

export async function lockTraining(em: EntityManager, id: string): Promise<Training | null> {
  if (!isUuid(id)) return null;
  const qb = em.getRepository(Training).createQueryBuilder("t").where("t.id = :id", { id });
  if (seatLocking) qb.setLock("pessimistic_write");
  return qb.getOne();
}

export const token = (bytes: number) => randomBytes(bytes).toString("base64url");
/** 8 characters without look-alikes (0/O, 1/I/L), easy to type at the door. */
export function checkInCode(): string {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const b = randomBytes(8);
  return Array.from(b, (x) => alphabet[x % alphabet.length]).join("");
}

export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string; driverError?: { code?: string } })?.driverError?.code === "23505" ||
    (err as { code?: string })?.code === "23505";
}

/**
 * Inserts a registration of `audience` (under the training's lock): CONFIRMED if `counts`
 * leave that audience a seat, else WAITLISTED; returns it as stored. `registeredAt` is the
 * clock of the statement, so registrations in one transaction keep their order.
 */
export async function insertRegistration(
  em: EntityManager,
  t: Training,
  counts: SeatCounts,
  audience: Audience,
  person: { userId: string; answers: RegistrationAnswers; checkInCode: string; attendeeName?: string; attendeeEmail?: string },
): Promise<Registration> {
  const status = hasSeatFor(t, counts, audience) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
  if (!seatLockingOn()) {
    // Control run: a round trip between the count and the insert, as any real request has.
    await em.query("SELECT pg_sleep(0.002)");
  }
  const result = await em
    .createQueryBuilder()
    .insert()
    .into(Registration)
    .values({
      trainingId: t.id,
      ...person,
      status,
      audience,
      cancelToken: token(24),
      registeredAt: () => "clock_timestamp()",
    })
    .returning("*")
    .execute();
  return rowAsEntity(em.connection, Registration, (result.raw as Record<string, unknown>[])[0]);
}
