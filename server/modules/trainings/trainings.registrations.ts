import type { DataSource, EntityManager } from "typeorm";
import { consumeOnBehalfOf } from "../../rate-limit";
import { AUDIENCES, Audience, Registration, RegistrationStatus, Training, type RegistrationAnswers } from "../../../entities/trainings";
import { User } from "../../../entities/users";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { AppError, badInput, conflict, forbidden, notFound, unauthenticated, type FieldErrors } from "../../errors";
import { checkAnswers } from "./trainings.questions";
import { requireUser } from "../../auth/require-user";
import { mailRegistrationState, recipientOf, registrationStateMail } from "./trainings.mail";
import { requireVerifiedPes } from "../organizations/organizations.policy";
import type { GroupAttendeeInput, RegistrationAnswersInput } from "./trainings.inputs";
import { canOrganise, eligibleAudiences, registrationRefusal } from "./trainings.policy";
import { findById, findByIdOrNotFound, isUuid } from "../../ids";
import { checkInCode, hasSeatFor, insertRegistration, lockTraining, lockTrainingFor, seatCounts, seatsAndOwnRegistration } from "./trainings.seats";
import { isUniqueViolation } from "../../db-errors";
import { registrationByToken, renewCancelTokens } from "./cancel-tokens";

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
  try {
    return await ctx.db.transaction((em) => register(em, user, trainingId, answers ?? {}, code));
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
    .where("r.training_id = :trainingId AND r.user_id = :userId AND r.status <> 'CANCELLED' AND r.attendee_email IS NULL", { trainingId, userId })
    .getOne();
}

export async function register(
  em: EntityManager,
  user: User,
  trainingId: string,
  answers: RegistrationAnswersInput,
  code: string,
): Promise<Registration> {
  const t = await lockTrainingFor(em, trainingId, user.id);
  if (!t) throw notFound("Training");
  if (t === "gone") throw unauthenticated();
  const { counts, ownId } = await seatsAndOwnRegistration(em, t.id, user.id);
  if (ownId) return (await findById(em, Registration, ownId))!;
  const refusal = registrationRefusal(user, t);
  if (refusal) throw new AppError("FORBIDDEN", refusalMessage[refusal], undefined);
  const stored = checkPersonAnswers(t, answers, "answers");
  const eligible = eligibleAudiences(user, t);
  // An admin belongs to every audience: take the first one that still has a seat.
  const audience = eligible.find((a) => hasSeatFor(t, counts, a)) ?? eligible[0];
  // The confirmation (or waiting-list) message is queued by the insert's own statement.
  return insertRegistration(em, t, counts, audience, { userId: user.id, answers: stored, checkInCode: code }, (r) => registrationStateMail(t, r, user, "registered"));
}

/**
 * One person's answers checked against the training's form: the consent when the
 * training asks for it, the fixed questions it asks, and the organiser's own questions.
 * BAD_USER_INPUT with every wrong field under `prefix` (e.g. `attendees.2.answers.questions.<id>`).
 */
export function checkPersonAnswers(t: Training, answers: RegistrationAnswersInput, prefix: string): RegistrationAnswers {
  const f: FieldErrors = {};
  if (t.consentText && answers.consent !== true) f[`${prefix}.consent`] = "Please accept the terms to register";
  const questions = checkAnswers(t.questions ?? [], answers.questions, `${prefix}.questions`, f);
  if (Object.keys(f).length) throw badInput(f);
  return {
    dietary: t.askDietary ? answers.dietary || null : null,
    accessibility: t.askAccessibility ? answers.accessibility || null : null,
    consent: t.consentText ? true : undefined,
    ...(Object.keys(questions).length ? { questions } : {}),
  };
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
    const found = await findByIdOrNotFound(em, Registration, registrationId, "Registration");
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
  return db.transaction(async (em) => {
    const found = await registrationByToken(em, cancelToken);
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
    const account = await em.getRepository(User).findOneBy({ id: next.userId });
    if (account) {
      const cancelToken = (await renewCancelTokens(em, [next.id])).get(next.id)!;
      await mailRegistrationState(em, t, { ...next, cancelToken }, recipientOf(next, account), "promoted");
    }
    promoted++;
  }
}

// ---------------------------------------------------------------- group registration

export const MAX_GROUP = 20;

/**
 * A PES member of a verified organisation registers colleagues: each attendee is a person
 * of their own (name and e-mail on the registration, the account as the registrant), with
 * their own seat, check-in code, cancel link and confirmation e-mail. Decided under the
 * same row lock as single registrations, one attendee after another in the given order,
 * so seats and the PES quota count people, never accounts: the first ones get the seats
 * left, the others wait. Every answer is checked before anything is written.
 */
export async function registerGroup(ctx: Context, trainingId: string, attendees: GroupAttendeeInput[]): Promise<Registration[]> {
  const user = requireUser(ctx);
  await requireVerifiedPes(ctx);
  const f: FieldErrors = {};
  if (attendees.length < 1 || attendees.length > MAX_GROUP) f.attendees = `1 to ${MAX_GROUP} people`;
  const emails = attendees.map((a) => a.email.trim().toLowerCase());
  emails.forEach((e, i) => {
    if (emails.indexOf(e) !== i) f[`attendees.${i}.email`] = "Given twice";
    else if (e === user.email.toLowerCase()) f[`attendees.${i}.email`] = "That is you: register yourself instead";
  });
  if (Object.keys(f).length) throw badInput(f);
  await consumeOnBehalfOf("groupAttendees", user, attendees.length);
  const codes = attendees.map(() => checkInCode());
  return ctx.db.transaction(async (em) => {
    const t = await lockTrainingFor(em, trainingId, user.id);
    if (!t) throw notFound("Training");
    if (t === "gone") throw unauthenticated();
    const refusal = registrationRefusal(user, t);
    if (refusal) throw new AppError("FORBIDDEN", refusalMessage[refusal], undefined);
    if (!t.audience.includes(Audience.PES)) throw new AppError("FORBIDDEN", refusalMessage.AUDIENCE, undefined);
    const stored = attendees.map((a, i) => {
      try {
        return checkPersonAnswers(t, a.answers ?? {}, `attendees.${i}.answers`);
      } catch (err) {
        Object.assign(f, (err as AppError).fields ?? {});
        return {};
      }
    });
    if (Object.keys(f).length) throw badInput(f);
    const taken: { attendee_email: string }[] = await em.query(
      `SELECT attendee_email FROM registrations WHERE training_id = $1 AND status <> 'CANCELLED' AND attendee_email = ANY($2::text[])`,
      [t.id, emails],
    );
    if (taken.length) throw conflict(`Already registered: ${taken.map((r) => r.attendee_email).join(", ")}`);
    const out: Registration[] = [];
    for (let i = 0; i < attendees.length; i++) {
      const attendee = { attendeeName: attendees[i].name.trim(), attendeeEmail: emails[i] };
      // The mail is queued by the insert itself: only there is the cancel link's token plain.
      const saved = await insertRegistration(
        em,
        t,
        await seatCounts(em, t.id),
        Audience.PES,
        { userId: user.id, ...attendee, answers: stored[i], checkInCode: codes[i] },
        (r) => registrationStateMail(t, r, recipientOf(attendee, user), "registered", user.name),
      );
      out.push(saved);
    }
    await audit(em, user.id, "training.group-register", "Training", t.id, { people: out.length });
    return out;
  });
}

/** The colleagues the signed-in person registered for a training (live ones, in registration order). */
export async function myGroup(ctx: Context, trainingId: string): Promise<Registration[]> {
  if (!ctx.user || !isUuid(trainingId)) return [];
  return ctx.db
    .getRepository(Registration)
    .createQueryBuilder("r")
    .where("r.training_id = :trainingId AND r.user_id = :uid AND r.attendee_email IS NOT NULL AND r.status <> 'CANCELLED'", {
      trainingId,
      uid: ctx.user.id,
    })
    .orderBy("r.registered_at", "ASC")
    .addOrderBy("r.id", "ASC")
    .getMany();
}
