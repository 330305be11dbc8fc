import { randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import {
  Audience,
  AUDIENCES,
  Registration,
  RegistrationStatus,
  Training,
} from "../../../entities/trainings";
import { User } from "../../../entities/users";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { AppError, badInput, conflict, forbidden, notFound, type FieldErrors } from "../../errors";
import { requireUser } from "../../auth/require-user";
import { checkFirst, decodeCursor, encodeCursor } from "../pagination";
import { certificatePdf } from "./trainings.certificate";
import { checkInQr, mailRegistrant, mailRegistrationState } from "./trainings.mail";
import type { RegistrationAnswersInput, TrainingFilter, TrainingInput } from "./trainings.inputs";
import { canOrganise, eligibleAudiences, registrationRefusal } from "./trainings.policy";

/** Ids that PostgreSQL would refuse are simply not found. */
import { isUuid } from "../../ids";

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

// ---------------------------------------------------------------- helpers

const QUOTA_FIELDS: Record<Audience, "officialsQuota" | "pesQuota" | "residentsQuota"> = {
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
async function seatCounts(em: EntityManager, trainingId: string): Promise<SeatCounts> {
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

async function lockTraining(em: EntityManager, id: string): Promise<Training | null> {
  if (!isUuid(id)) return null;
  const qb = em.getRepository(Training).createQueryBuilder("t").where("t.id = :id", { id });
  if (seatLocking) qb.setLock("pessimistic_write");
  return qb.getOne();
}

const token = (bytes: number) => randomBytes(bytes).toString("base64url");
/** 8 characters without look-alikes (0/O, 1/I/L), easy to type at the door. */
function checkInCode(): string {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const b = randomBytes(8);
  return Array.from(b, (x) => alphabet[x % alphabet.length]).join("");
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string; driverError?: { code?: string } })?.driverError?.code === "23505" ||
    (err as { code?: string })?.code === "23505";
}

// ---------------------------------------------------------------- validation

/**
 * Cross-field rules of a training: dates in order, quotas within the capacity and only for
 * invited audiences, and (on update) not below what is already confirmed.
 */
function validateTraining(input: TrainingInput, counts?: SeatCounts): void {
  const f: FieldErrors = {};
  if (!(input.startsAt instanceof Date) || Number.isNaN(input.startsAt.getTime())) f.startsAt = "Invalid date";
  if (!(input.endsAt instanceof Date) || Number.isNaN(input.endsAt.getTime())) f.endsAt = "Invalid date";
  if (!f.startsAt && !f.endsAt && input.endsAt.getTime() <= input.startsAt.getTime()) {
    f.endsAt = "Must be after the start";
  }
  if (input.registrationDeadline && !f.startsAt && input.registrationDeadline.getTime() > input.startsAt.getTime()) {
    f.registrationDeadline = "Must not be after the start";
  }
  if (!input.audience?.length) f.audience = "Choose at least one audience";
  if ((input.latitude == null) !== (input.longitude == null)) {
    f[input.latitude == null ? "latitude" : "longitude"] = "Give both latitude and longitude, or neither";
  }
  let sum = 0;
  for (const a of AUDIENCES) {
    const field = QUOTA_FIELDS[a];
    const q = input[field];
    if (q === null || q === undefined) continue;
    sum += q;
    if (!input.audience?.includes(a)) f[field] = "Quota for an audience that is not invited";
    else if (q > input.capacity) f[field] = "Quota exceeds the capacity";
    else if (counts && q < counts.confirmedBy[a]) f[field] = `Already ${counts.confirmedBy[a]} confirmed`;
  }
  if (sum > input.capacity && !f.capacity) f.capacity = `Quotas add up to ${sum}, more than the capacity`;
  if (counts && input.capacity < counts.confirmed) f.capacity = `Already ${counts.confirmed} confirmed registrations`;
  if (Object.keys(f).length) throw badInput(f);
}

function applyInput(t: Training, input: TrainingInput): void {
  Object.assign(t, {
    title: input.title,
    description: input.description || null,
    venue: input.venue,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    registrationDeadline: input.registrationDeadline ?? null,
    capacity: input.capacity,
    audience: AUDIENCES.filter((a) => input.audience.includes(a)),
    kind: input.kind ?? t.kind,
    address: input.address || null,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    onlineUrl: input.onlineUrl || null,
    topics: (input.topics ?? []).map((s) => s.trim()).filter(Boolean),
    trainers: (input.trainers ?? []).map((s) => s.trim()).filter(Boolean),
    host: input.host || null,
    officialsQuota: input.officialsQuota ?? null,
    pesQuota: input.pesQuota ?? null,
    residentsQuota: input.residentsQuota ?? null,
    consentText: input.consentText || null,
    askDietary: input.askDietary ?? false,
    askAccessibility: input.askAccessibility ?? false,
  });
}

// ---------------------------------------------------------------- queries

export interface TrainingPage {
  nodes: { node: Training; cursor: string }[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * Trainings, upcoming first (by start time, then id), then past ones (most recent first).
 * `upcoming: true` keeps only those starting now or later, `false` only earlier ones.
 * The cursor carries the "now" of the first page, so paging never skips or repeats a row
 * that started in between.
 */
export async function listTrainings(
  db: DataSource,
  args: { first: number; after?: string | null; upcoming?: boolean | null; filter?: TrainingFilter | null },
): Promise<TrainingPage> {
  checkFirst(args.first);
  const scope = `trainings:${args.upcoming ?? "all"}`;
  let now = new Date();
  let from: { group: 0 | 1; startsAt: Date; id: string } | null = null;
  if (args.after) {
    const [n, g, s, id] = decodeCursor(args.after, 4, scope);
    const nd = new Date(String(n));
    const sd = new Date(String(s));
    if ((g !== 0 && g !== 1) || Number.isNaN(nd.getTime()) || Number.isNaN(sd.getTime()) || !isUuid(id)) {
      throw badInput({ after: "Invalid cursor" });
    }
    now = nd;
    from = { group: g, startsAt: sd, id };
  }
  const f = args.filter ?? {};
  if (f.startsFrom && f.startsBefore && f.startsFrom.getTime() > f.startsBefore.getTime()) {
    throw badInput({ "filter.startsBefore": "Must not be before startsFrom" });
  }
  const base = () => {
    const qb = db.getRepository(Training).createQueryBuilder("t");
    if (f.kind) qb.andWhere("t.kind = :kind", { kind: f.kind });
    if (f.audience) qb.andWhere("t.audience @> ARRAY[:aud]::training_audience[]", { aud: f.audience });
    if (f.topic) qb.andWhere("t.topics @> ARRAY[:topic]::text[]", { topic: f.topic });
    if (f.startsFrom) qb.andWhere("t.starts_at >= :sf", { sf: f.startsFrom });
    if (f.startsBefore) qb.andWhere("t.starts_at < :sb", { sb: f.startsBefore });
    if (f.includeCancelled === false) qb.andWhere("t.cancelled_at IS NULL");
    if (args.upcoming === true) qb.andWhere("t.starts_at >= :now", { now });
    if (args.upcoming === false) qb.andWhere("t.starts_at < :now", { now });
    return qb;
  };
  const groups: (0 | 1)[] = args.upcoming === true ? [0] : args.upcoming === false ? [1] : [0, 1];
  const rows: { t: Training; group: 0 | 1 }[] = [];
  for (const group of groups) {
    if (from && group < from.group) continue;
    const want = args.first + 1 - rows.length;
    if (want <= 0) break;
    const qb = base().andWhere(group === 0 ? "t.starts_at >= :now" : "t.starts_at < :now", { now });
    if (from && from.group === group) {
      qb.andWhere(group === 0 ? "(t.starts_at, t.id) > (:cs, :cid)" : "(t.starts_at, t.id) < (:cs, :cid)", {
        cs: from.startsAt,
        cid: from.id,
      });
    }
    const dir = group === 0 ? "ASC" : "DESC";
    const found = await qb.orderBy("t.starts_at", dir).addOrderBy("t.id", dir).limit(want).getMany();
    rows.push(...found.map((t) => ({ t, group })));
  }
  const totalCount = await base().getCount();
  const hasNextPage = rows.length > args.first;
  const nodes = rows.slice(0, args.first).map(({ t, group }) => ({
    node: t,
    cursor: encodeCursor([now.toISOString(), group, t.startsAt.toISOString(), t.id], scope),
  }));
  return { nodes, endCursor: nodes.at(-1)?.cursor ?? null, hasNextPage, totalCount };
}

/** One training, or null (also for an id that is not a uuid). */
export async function findTraining(db: DataSource, id: string): Promise<Training | null> {
  if (!isUuid(id)) return null;
  return db.getRepository(Training).findOneBy({ id });
}

/** Upcoming, not cancelled trainings for the public calendar feed (at most 500). */
export async function upcomingForFeed(db: DataSource): Promise<Training[]> {
  return db
    .getRepository(Training)
    .createQueryBuilder("t")
    .where("t.ends_at >= now()")
    .orderBy("t.starts_at", "ASC")
    .addOrderBy("t.id", "ASC")
    .limit(500)
    .getMany();
}

/**
 * The signed-in person's registrations, newest training first: ONE per training in its
 * current state (a cancelled registration followed by a new one for the same training is
 * one row; a place given up for good still shows as CANCELLED).
 */
export async function myRegistrations(ctx: Context): Promise<Registration[]> {
  const user = requireUser(ctx);
  return ctx.db
    .getRepository(Registration)
    .createQueryBuilder("r")
    .innerJoin(Training, "t", "t.id = r.training_id")
    .where("r.user_id = :uid", { uid: user.id })
    .andWhere(
      // The live registration (at most one per person and training) wins; otherwise the
      // latest cancelled one. Not registration time alone: imported or seeded rows may
      // carry any time.
      `NOT EXISTS (SELECT 1 FROM registrations later WHERE later.training_id = r.training_id AND later.user_id = r.user_id
         AND ((later.status <> 'CANCELLED')::int, later.registered_at, later.id) > ((r.status <> 'CANCELLED')::int, r.registered_at, r.id))`,
    )
    .orderBy("t.starts_at", "DESC")
    .addOrderBy("r.registered_at", "DESC")
    .getMany();
}

/** Registrations of one training for its organisers, in registration order. */
export async function trainingRegistrations(
  ctx: Context,
  trainingId: string,
  status?: RegistrationStatus | null,
): Promise<Registration[]> {
  if (!canOrganise(ctx.user)) throw forbidden();
  if (!(await findTraining(ctx.db, trainingId))) throw notFound("Training");
  const qb = ctx.db
    .getRepository(Registration)
    .createQueryBuilder("r")
    .where("r.training_id = :id", { id: trainingId })
    .orderBy("r.registered_at", "ASC")
    .addOrderBy("r.id", "ASC");
  if (status) qb.andWhere("r.status = :status", { status });
  return qb.getMany();
}

// ---------------------------------------------------------------- organiser mutations

/** Creates a training (OFFICIAL, ADMIN). */
export async function createTraining(ctx: Context, input: TrainingInput): Promise<Training> {
  const user = requireUser(ctx);
  if (!canOrganise(user)) throw forbidden();
  validateTraining(input);
  return ctx.db.transaction(async (em) => {
    const t = em.getRepository(Training).create({ createdById: user.id });
    applyInput(t, input);
    await em.save(t);
    await audit(em, user.id, "training.create", "Training", t.id, { title: t.title });
    return t;
  });
}

/**
 * Changes a training. Capacity and quotas may not drop below what is already confirmed;
 * seats that a change frees are given to the waiting list at once. Live registrants are
 * told when the time or the place changes.
 */
export async function updateTraining(ctx: Context, id: string, input: TrainingInput): Promise<Training> {
  const user = requireUser(ctx);
  if (!canOrganise(user)) throw forbidden();
  return ctx.db.transaction(async (em) => {
    const t = await lockTraining(em, id);
    if (!t) throw notFound("Training");
    if (t.cancelledAt) throw conflict("The training is cancelled");
    const counts = await seatCounts(em, t.id);
    validateTraining(input, counts);
    const before = { startsAt: t.startsAt.getTime(), endsAt: t.endsAt.getTime(), venue: t.venue, address: t.address };
    applyInput(t, input);
    await em.save(t);
    await fillSeats(em, t);
    const moved =
      before.startsAt !== t.startsAt.getTime() ||
      before.endsAt !== t.endsAt.getTime() ||
      before.venue !== t.venue ||
      before.address !== t.address;
    if (moved) {
      await mailLiveRegistrants(em, t, {
        subject: `Zmiana terminu lub miejsca: ${t.title}`,
        body: `Organizator zmienił termin lub miejsce wydarzenia „${t.title}”. Nowy termin: ${t.startsAt.toISOString()} – ${t.endsAt.toISOString()} (UTC), miejsce: ${t.venue}${t.address ? `, ${t.address}` : ""}.`,
        template: "trainings.changed",
      });
    }
    await audit(em, user.id, "training.update", "Training", t.id, { title: t.title });
    return t;
  });
}

/** Cancels a training; every live registrant is e-mailed. Registrations stay as history. */
export async function cancelTraining(ctx: Context, id: string, reason?: string | null): Promise<Training> {
  const user = requireUser(ctx);
  if (!canOrganise(user)) throw forbidden();
  return ctx.db.transaction(async (em) => {
    const t = await lockTraining(em, id);
    if (!t) throw notFound("Training");
    if (t.cancelledAt) return t;
    t.cancelledAt = new Date();
    await em.save(t);
    await mailLiveRegistrants(em, t, {
      subject: `Odwołane: ${t.title}`,
      body: `Niestety wydarzenie „${t.title}” zostało odwołane.${reason ? `\n\n${reason}` : ""}`,
      template: "trainings.cancelled",
      dedupe: `training-cancelled:${t.id}`,
    });
    await audit(em, user.id, "training.cancel", "Training", t.id, { reason: reason ?? null });
    return t;
  });
}

/** The organiser writes to everyone with a live registration; returns how many were queued. */
export async function emailRegistrants(
  ctx: Context,
  trainingId: string,
  subject: string,
  body: string,
  statuses: RegistrationStatus[] = [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED],
): Promise<number> {
  const user = requireUser(ctx);
  if (!canOrganise(user)) throw forbidden();
  const f: FieldErrors = {};
  if (subject.length < 3 || subject.length > 200) f.subject = "3 to 200 characters";
  if (body.length < 3 || body.length > 10_000) f.body = "3 to 10000 characters";
  if (Object.keys(f).length) throw badInput(f);
  return ctx.db.transaction(async (em) => {
    const t = await findTrainingIn(em, trainingId);
    const n = await mailLiveRegistrants(em, t, { subject, body, template: "trainings.organiser-message", statuses });
    await audit(em, user.id, "training.email", "Training", t.id, { subject, recipients: n });
    return n;
  });
}

async function findTrainingIn(em: EntityManager, id: string): Promise<Training> {
  const t = isUuid(id) ? await em.getRepository(Training).findOneBy({ id }) : null;
  if (!t) throw notFound("Training");
  return t;
}

async function mailLiveRegistrants(
  em: EntityManager,
  t: Training,
  m: { subject: string; body: string; template: string; dedupe?: string; statuses?: RegistrationStatus[] },
): Promise<number> {
  const statuses = m.statuses?.length ? m.statuses : [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED];
  const people: { id: string; email: string; name: string; locale: string }[] = await em.query(
    `SELECT u.id, u.email, u.name, u.locale FROM registrations r JOIN users u ON u.id = r.user_id
      WHERE r.training_id = $1 AND r.status = ANY($2::registration_status[])`,
    [t.id, statuses],
  );
  for (const p of people) {
    await mailRegistrant(em, t, p, {
      subject: m.subject,
      body: m.body,
      template: m.template,
      dedupeKey: m.dedupe ? `${m.dedupe}:${p.id}` : undefined,
    });
  }
  return people.length;
}

/** Check-in (or undo) of a CONFIRMED registration by an organiser. */
export async function markAttendance(ctx: Context, registrationId: string, attended: boolean): Promise<Registration> {
  const user = requireUser(ctx);
  if (!canOrganise(user)) throw forbidden();
  return ctx.db.transaction(async (em) => {
    const r = isUuid(registrationId) ? await em.getRepository(Registration).findOneBy({ id: registrationId }) : null;
    if (!r) throw notFound("Registration");
    return setAttendance(em, user.id, r, attended);
  });
}

/** Check-in by the code from the confirmation's QR code (typed or scanned at the door). */
export async function checkInByCode(ctx: Context, trainingId: string, code: string): Promise<Registration> {
  const user = requireUser(ctx);
  if (!canOrganise(user)) throw forbidden();
  const normalised = code.trim().toUpperCase().replace(/^.*[?&]CODE=/, "");
  if (!/^[A-Z0-9]{4,16}$/.test(normalised)) throw badInput({ code: "Not a check-in code" });
  return ctx.db.transaction(async (em) => {
    const r = isUuid(trainingId)
      ? await em.getRepository(Registration).findOneBy({ trainingId, checkInCode: normalised })
      : null;
    if (!r) throw notFound("Registration");
    return setAttendance(em, user.id, r, true);
  });
}

async function setAttendance(em: EntityManager, actorId: string, r: Registration, attended: boolean): Promise<Registration> {
  if (r.status !== RegistrationStatus.CONFIRMED) throw conflict("Only confirmed registrations can be checked in");
  if (attended && !r.attendedAt) r.attendedAt = new Date();
  if (!attended) r.attendedAt = null;
  await em.update(Registration, r.id, { attendedAt: r.attendedAt });
  await audit(em, actorId, attended ? "registration.attended" : "registration.absent", "Registration", r.id);
  return r;
}

// ---------------------------------------------------------------- registering

/**
 * Registers the signed-in person. The training row is locked (SELECT … FOR UPDATE) for the
 * whole decision, so concurrent registrations are decided one at a time and CONFIRMED
 * never exceeds the capacity or an audience's quota; the partial unique index on
 * (training, user) stops a second live registration of the same person.
 * Registering again while live returns the existing registration.
 */
export async function registerForTraining(
  ctx: Context,
  trainingId: string,
  answers?: RegistrationAnswersInput | null,
): Promise<Registration> {
  const user = requireUser(ctx);
  // Made before the transaction so the training row stays locked as briefly as possible.
  const code = checkInCode();
  const qrSvg = isUuid(trainingId) ? await checkInQr(trainingId, code) : undefined;
  try {
    return await ctx.db.transaction((em) => register(em, user, trainingId, answers ?? {}, code, qrSvg));
  } catch (err) {
    // Only reachable without the lock (or a double click racing past it): the unique index won.
    if (isUniqueViolation(err)) {
      const live = await liveRegistration(ctx.db.manager, trainingId, user.id);
      if (live) return live;
    }
    throw err;
  }
}

async function liveRegistration(em: EntityManager, trainingId: string, userId: string): Promise<Registration | null> {
  return em
    .getRepository(Registration)
    .createQueryBuilder("r")
    .where("r.training_id = :trainingId AND r.user_id = :userId AND r.status <> 'CANCELLED'", { trainingId, userId })
    .getOne();
}

async function register(
  em: EntityManager,
  user: User,
  trainingId: string,
  answers: RegistrationAnswersInput,
  code: string,
  qrSvg?: string,
): Promise<Registration> {
  const t = await lockTraining(em, trainingId);
  if (!t) throw notFound("Training");
  const existing = await liveRegistration(em, t.id, user.id);
  if (existing) return existing;
  const refusal = registrationRefusal(user, t);
  if (refusal) throw new AppError("FORBIDDEN", refusalMessage[refusal], undefined);
  if (t.consentText && answers.consent !== true) {
    throw badInput({ "answers.consent": "Please accept the terms to register" });
  }
  const counts = await seatCounts(em, t.id);
  const eligible = eligibleAudiences(user, t);
  // An admin belongs to every audience: take the first one that still has a seat.
  const audience = eligible.find((a) => hasSeatFor(t, counts, a)) ?? eligible[0];
  const status = hasSeatFor(t, counts, audience) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
  if (!seatLocking) {
    // Control run: a round trip between the count and the insert, as any real request has.
    await em.query("SELECT pg_sleep(0.002)");
  }
  const result = await em
    .createQueryBuilder()
    .insert()
    .into(Registration)
    .values({
      trainingId: t.id,
      userId: user.id,
      status,
      audience,
      answers: {
        dietary: t.askDietary ? answers.dietary || null : null,
        accessibility: t.askAccessibility ? answers.accessibility || null : null,
        consent: t.consentText ? true : undefined,
      },
      cancelToken: token(24),
      checkInCode: code,
      registeredAt: () => "clock_timestamp()",
    })
    .returning(["id"])
    .execute();
  const saved = await em.getRepository(Registration).findOneByOrFail({ id: (result.raw as { id: string }[])[0].id });
  await mailRegistrationState(em, t, saved, user, "registered", qrSvg);
  return saved;
}

const refusalMessage: Record<NonNullable<ReturnType<typeof registrationRefusal>>, string> = {
  CANCELLED: "The training is cancelled",
  STARTED: "The training has already started",
  DEADLINE: "The registration deadline has passed",
  AUDIENCE: "This training is not open to your group",
};

/**
 * Cancels the signed-in person's own live registration for a training. A freed seat goes,
 * in the same transaction, to the first waiting person whose audience quota has room.
 */
export async function cancelRegistration(ctx: Context, trainingId: string): Promise<Registration> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const t = await lockTraining(em, trainingId);
    if (!t) throw notFound("Training");
    const r = await liveRegistration(em, t.id, user.id);
    if (!r) throw notFound("Registration");
    return cancelLocked(em, t, r, user.id);
  });
}

/**
 * Cancels a registration by id: its owner, or an organiser removing someone; anyone else
 * is FORBIDDEN.
 */
export async function withdrawRegistration(ctx: Context, registrationId: string): Promise<Registration> {
  const user = requireUser(ctx);
  return ctx.db.transaction(async (em) => {
    const found = isUuid(registrationId) ? await em.getRepository(Registration).findOneBy({ id: registrationId }) : null;
    if (!found) throw notFound("Registration");
    if (found.userId !== user.id && !canOrganise(user)) throw forbidden("This is not your registration");
    const t = (await lockTraining(em, found.trainingId))!;
    // Re-read under the lock: a concurrent cancel may have got there first.
    const r = (await em.getRepository(Registration).findOneBy({ id: found.id }))!;
    if (r.status === RegistrationStatus.CANCELLED) return r;
    return cancelLocked(em, t, r, user.id);
  });
}

/** The "cancel" link of the e-mails: the token stands for the person. */
export async function cancelRegistrationByToken(db: DataSource, cancelToken: string): Promise<Registration> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(cancelToken)) throw notFound("Registration");
  return db.transaction(async (em) => {
    const found = await em.getRepository(Registration).findOneBy({ cancelToken });
    if (!found) throw notFound("Registration");
    const t = (await lockTraining(em, found.trainingId))!;
    const r = (await em.getRepository(Registration).findOneBy({ id: found.id }))!;
    if (r.status === RegistrationStatus.CANCELLED) return r;
    return cancelLocked(em, t, r, r.userId);
  });
}

/**
 * Cancels every live registration of a person for trainings that have not started (the
 * deletion of their account), each through the same rule as a cancel: freed seats go to
 * the waiting list in the caller's transaction. Registrations of started or past
 * trainings stay as the attendance record. Returns how many were cancelled.
 */
export async function cancelOpenRegistrationsOf(em: EntityManager, userId: string): Promise<number> {
  const live = await em
    .getRepository(Registration)
    .createQueryBuilder("r")
    .innerJoin(Training, "t", "t.id = r.training_id")
    .where("r.user_id = :userId AND r.status <> 'CANCELLED' AND (t.starts_at > now() OR t.cancelled_at IS NOT NULL)", { userId })
    .orderBy("r.training_id")
    .getMany();
  let cancelled = 0;
  for (const found of live) {
    const t = (await lockTraining(em, found.trainingId))!;
    const r = (await em.getRepository(Registration).findOneBy({ id: found.id }))!;
    if (r.status === RegistrationStatus.CANCELLED) continue;
    await cancelLocked(em, t, r, r.userId);
    cancelled++;
  }
  return cancelled;
}

async function cancelLocked(em: EntityManager, t: Training, r: Registration, actorId: string): Promise<Registration> {
  if (t.startsAt.getTime() <= Date.now() && !t.cancelledAt) {
    throw forbidden("The training has already started; its registrations are kept as the attendance record");
  }
  const wasConfirmed = r.status === RegistrationStatus.CONFIRMED;
  r.status = RegistrationStatus.CANCELLED;
  r.cancelledAt = new Date();
  await em.update(Registration, r.id, { status: r.status, cancelledAt: r.cancelledAt });
  if (actorId !== r.userId) await audit(em, actorId, "registration.withdraw", "Registration", r.id);
  if (wasConfirmed && !t.cancelledAt) await fillSeats(em, t);
  return r;
}

/**
 * Gives free seats to the waiting list: repeatedly the first WAITLISTED registration (by
 * registration time) whose audience still has room, e-mailing each promoted person.
 * Call only with the training row locked.
 */
export async function fillSeats(em: EntityManager, t: Training): Promise<number> {
  let promoted = 0;
  for (;;) {
    const counts = await seatCounts(em, t.id);
    if (counts.confirmed >= t.capacity || counts.waitlisted === 0) return promoted;
    const open = AUDIENCES.filter((a) => hasSeatFor(t, counts, a));
    if (!open.length) return promoted;
    const next = await em
      .getRepository(Registration)
      .createQueryBuilder("r")
      .where("r.training_id = :id AND r.status = 'WAITLISTED' AND r.audience IN (:...open)", { id: t.id, open })
      .orderBy("r.registered_at", "ASC")
      .addOrderBy("r.id", "ASC")
      .limit(1)
      .getOne();
    if (!next) return promoted;
    next.status = RegistrationStatus.CONFIRMED;
    await em.update(Registration, next.id, { status: next.status });
    const person = await em.getRepository(User).findOneBy({ id: next.userId });
    if (person) await mailRegistrationState(em, t, next, person, "promoted");
    promoted++;
  }
}

/** Figures of the programme: held events and attendance, optionally within [from, to). */
export async function trainingFigures(db: DataSource, from?: Date | null, to?: Date | null) {
  if (from && to && from.getTime() > to.getTime()) throw badInput({ to: "Must not be before from" });
  const [row]: Record<string, number>[] = await db.query(
    `WITH held AS (
       SELECT id, kind FROM trainings
        WHERE cancelled_at IS NULL AND ends_at < now()
          AND ($1::timestamptz IS NULL OR starts_at >= $1) AND ($2::timestamptz IS NULL OR starts_at < $2)
     ), came AS (
       SELECT r.user_id, r.audience FROM registrations r JOIN held h ON h.id = r.training_id WHERE r.attended_at IS NOT NULL
     )
     SELECT (SELECT count(*) FROM held WHERE kind = 'TRAINING')::int AS "trainingsHeld",
            (SELECT count(*) FROM held WHERE kind = 'MEETING')::int AS "meetingsHeld",
            (SELECT count(*) FROM came)::int AS "attendances",
            (SELECT count(DISTINCT user_id) FROM came)::int AS "peopleTrained",
            (SELECT count(DISTINCT user_id) FROM came WHERE audience = 'OFFICIALS')::int AS "officialsTrained",
            (SELECT count(DISTINCT user_id) FROM came WHERE audience = 'PES')::int AS "pesTrained",
            (SELECT count(DISTINCT user_id) FROM came WHERE audience = 'RESIDENTS')::int AS "residentsTrained"`,
    [from ?? null, to ?? null],
  );
  return row as unknown as import("./trainings.types").TrainingFigures;
}

/**
 * The signed-in person's attendance certificate for a training (PDF bytes). Only for a
 * registration the organiser checked in; anyone else is FORBIDDEN.
 */
export async function myCertificate(ctx: Context, trainingId: string): Promise<Buffer> {
  const user = requireUser(ctx);
  const t = await findTraining(ctx.db, trainingId);
  if (!t) throw notFound("Training");
  const r = await ctx.db
    .getRepository(Registration)
    .createQueryBuilder("r")
    .where("r.training_id = :t AND r.user_id = :u AND r.attended_at IS NOT NULL", { t: t.id, u: user.id })
    .getOne();
  if (!r) throw forbidden("Certificates are issued to people whose attendance was recorded");
  return certificatePdf({
    name: user.name,
    title: t.title,
    startsAt: t.startsAt,
    endsAt: t.endsAt,
    venue: t.address ? `${t.venue}, ${t.address}` : t.venue,
    trainers: t.trainers,
    host: t.host,
    kind: t.kind,
    reference: r.id.slice(0, 8).toUpperCase(),
  });
}
