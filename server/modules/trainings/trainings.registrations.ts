import type { DataSource, EntityManager } from "typeorm";
import { AUDIENCES, Registration, RegistrationStatus, Training } from "../../../entities/trainings";
import { User } from "../../../entities/users";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { AppError, badInput, forbidden, notFound } from "../../errors";
import { requireUser } from "../../auth/require-user";
import { checkInQr, mailRegistrationState } from "./trainings.mail";
import type { RegistrationAnswersInput } from "./trainings.inputs";
import { canOrganise, eligibleAudiences, registrationRefusal } from "./trainings.policy";
import { isUuid } from "../../ids";
import { checkInCode, hasSeatFor, isUniqueViolation, lockTraining, seatCounts, seatLockingOn, token } from "./trainings.seats";

/**
 * Registering and cancelling, under the training's row lock: CONFIRMED while seats are
 * left, WAITLISTED after, the waiting list moving up when a seat is freed.
 */
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

export async function liveRegistration(em: EntityManager, trainingId: string, userId: string): Promise<Registration | null> {
  return em
    .getRepository(Registration)
    .createQueryBuilder("r")
    .where("r.training_id = :trainingId AND r.user_id = :userId AND r.status <> 'CANCELLED'", { trainingId, userId })
    .getOne();
}

export async function register(
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

export const refusalMessage: Record<NonNullable<ReturnType<typeof registrationRefusal>>, string> = {
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

export async function cancelLocked(em: EntityManager, t: Training, r: Registration, actorId: string): Promise<Registration> {
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
