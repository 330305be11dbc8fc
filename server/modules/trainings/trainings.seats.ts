import { randomBytes, randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { Audience, Registration, RegistrationStatus, Training, type RegistrationAnswers } from "../../../entities/trainings";
import { isUuid } from "../../ids";
import { mailInsertSql, withHtml, type TextMail } from "../../mail/mail.service";
import { rowAsEntity, selectList } from "../loading";
import { sqlParams } from "../pagination";
import { linkTokenHash } from "../../link-tokens";
import { newCancelToken } from "./cancel-tokens";

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
  return (await seatsAndOwnRegistration(em, trainingId, null)).counts;
}

/**
 * The live counts and, in the same statement, the id of `userId`'s own live registration
 * (not a colleague's of a group): what a registration decides on, read under the row lock
 * in one round trip, which is what the lock's holders wait for.
 */
export async function seatsAndOwnRegistration(
  em: EntityManager,
  trainingId: string,
  userId: string | null,
): Promise<{ counts: SeatCounts; ownId: string | null }> {
  const rows: { status: RegistrationStatus; audience: Audience; n: number; own: string | null }[] = await em.query(
    `SELECT status, audience, count(*)::int AS n,
            min(id::text) FILTER (WHERE user_id = $2 AND attendee_email IS NULL) AS own
       FROM registrations
      WHERE training_id = $1 AND status <> 'CANCELLED' GROUP BY status, audience`,
    [trainingId, userId],
  );
  const c = emptyCounts();
  let ownId: string | null = null;
  for (const r of rows) {
    if (r.status === RegistrationStatus.CONFIRMED) {
      c.confirmed += r.n;
      c.confirmedBy[r.audience] += r.n;
    } else c.waitlisted += r.n;
    ownId ??= r.own;
  }
  return { counts: c, ownId };
}

/** True when one more person of `audience` can get a CONFIRMED seat. */
export function hasSeatFor(t: Training, c: SeatCounts, audience: Audience): boolean {
  if (c.confirmed >= t.capacity) return false;
  const quota = t.quotaOf(audience);
  return quota === null || c.confirmedBy[audience] < quota;
}

/** The training, its row locked for the rest of the transaction (written as SQL: every registration asks it). */
export async function lockTraining(em: EntityManager, id: string): Promise<Training | null> {
  if (!isUuid(id)) return null;
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT ${selectList(em.connection, Training, "t")} FROM trainings t WHERE t.id = $1${seatLocking ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0] ? rowAsEntity(em.connection, Training, rows[0]) : null;
}

/**
 * The training, locked as {@link lockTraining} does, for `userId` to register in: in the
 * same statement and before it, their user row is share-locked (FOR KEY SHARE). Deleting an
 * account locks the person and then their trainings; a registration that locked the training
 * first and the person only with its insert's foreign key could deadlock with it. `gone`
 * when the account was deleted meanwhile.
 */
export async function lockTrainingFor(em: EntityManager, id: string, userId: string): Promise<Training | null | "gone"> {
  if (!isUuid(id)) return null;
  const rows: Record<string, unknown>[] = await em.query(
    `WITH registrant AS (SELECT id FROM users WHERE id = $2 AND deleted_at IS NULL FOR KEY SHARE)
     SELECT ${selectList(em.connection, Training, "t")}, EXISTS (SELECT 1 FROM registrant) AS registrant_live
       FROM trainings t WHERE t.id = $1${seatLocking ? " FOR UPDATE OF t" : ""}`,
    [id, userId],
  );
  if (!rows[0]) return null;
  return rows[0].registrant_live ? rowAsEntity(em.connection, Training, rows[0]) : "gone";
}

/** 8 characters without look-alikes (0/O, 1/I/L), easy to type at the door. */
export function checkInCode(): string {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const b = randomBytes(8);
  return Array.from(b, (x) => alphabet[x % alphabet.length]).join("");
}

/**
 * Inserts a registration of `audience` (under the training's lock): CONFIRMED if `counts`
 * leave that audience a seat, else WAITLISTED; returns it as stored. `registeredAt` is the
 * clock of the statement, so registrations in one transaction keep their order. With
 * `mailOf`, the message it gives for the new registration is queued by the same statement
 * (one round trip fewer while the training's row is locked): its id, status, cancel token
 * and check-in code are made here, before the insert.
 */
export async function insertRegistration(
  em: EntityManager,
  t: Training,
  counts: SeatCounts,
  audience: Audience,
  person: { userId: string; answers: RegistrationAnswers; checkInCode: string; attendeeName?: string; attendeeEmail?: string },
  mailOf?: (r: Pick<Registration, "id" | "status" | "cancelToken" | "checkInCode">) => TextMail,
): Promise<Registration> {
  const status = hasSeatFor(t, counts, audience) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
  if (!seatLockingOn()) {
    // Control run: a round trip between the count and the insert, as any real request has.
    await em.query("SELECT pg_sleep(0.002)");
  }
  // The mail gets the plain token; the row only its hash.
  const made = { id: randomUUID(), status, cancelToken: newCancelToken(), checkInCode: person.checkInCode };
  const { params, param } = sqlParams();
  const insert = `INSERT INTO registrations (id, training_id, user_id, attendee_name, attendee_email, status, audience, answers, registered_at, cancel_token, check_in_code)
     VALUES (${[made.id, t.id, person.userId, person.attendeeName ?? null, person.attendeeEmail ?? null, status, audience, JSON.stringify(person.answers)].map(param).join(", ")},
             clock_timestamp(), ${param(linkTokenHash(made.cancelToken))}, ${param(made.checkInCode)}) RETURNING *`;
  const rows: Record<string, unknown>[] = await em.query(
    mailOf ? `WITH r AS (${insert}), m AS (${mailInsertSql([withHtml(mailOf(made))], param)}) SELECT * FROM r` : insert,
    params,
  );
  return rowAsEntity(em.connection, Registration, rows[0]);
}
