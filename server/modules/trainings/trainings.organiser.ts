import type { EntityManager } from "typeorm";
import { AUDIENCES, Registration, RegistrationStatus, Training } from "../../../entities/trainings";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, conflict, notFound, type FieldErrors } from "../../errors";
import { mailRegistrant, notifyFollowersOfTraining } from "./trainings.mail";
import type { TrainingInput, TrainingQuestionInput } from "./trainings.inputs";
import { normaliseQuestions } from "./trainings.questions";
import { requireOrganiser } from "./trainings.policy";
import { findByIdOrNotFound, isUuid } from "../../ids";
import { fillSeats } from "./trainings.registrations";
import { QUOTA_FIELDS, lockTraining, seatCounts, type SeatCounts } from "./trainings.seats";

/** What organisers (staff) do with a training: create, edit, cancel, write to registrants, check people in. */
// ---------------------------------------------------------------- validation

/**
 * Cross-field rules of a training: dates in order, quotas within the capacity and only for
 * invited audiences, and (on update) not below what is already confirmed.
 */
export function validateTraining(input: TrainingInput, counts?: SeatCounts): void {
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

export function applyInput(t: Training, input: TrainingInput): void {
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

// ---------------------------------------------------------------- organiser mutations

/** Creates a training (OFFICIAL, ADMIN). */
export async function createTraining(ctx: Context, input: TrainingInput): Promise<Training> {
  const user = requireOrganiser(ctx);
  validateTraining(input);
  return ctx.db.transaction(async (em) => {
    const t = em.getRepository(Training).create({ createdById: user.id });
    applyInput(t, input);
    await em.save(t);
    await audit(em, user.id, "training.create", "Training", t.id, { title: t.title });
    await notifyFollowersOfTraining(em, t, user.id);
    return t;
  });
}

/**
 * Changes a training. Capacity and quotas may not drop below what is already confirmed;
 * seats that a change frees are given to the waiting list at once. Live registrants are
 * told when the time or the place changes.
 */
export async function updateTraining(ctx: Context, id: string, input: TrainingInput): Promise<Training> {
  const user = requireOrganiser(ctx);
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
  const user = requireOrganiser(ctx);
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
  const user = requireOrganiser(ctx);
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

export async function findTrainingIn(em: EntityManager, id: string): Promise<Training> {
  const t = await findByIdOrNotFound(em, Training, id, "Training");
  return t;
}

export async function mailLiveRegistrants(
  em: EntityManager,
  t: Training,
  m: { subject: string; body: string; template: string; dedupe?: string; statuses?: RegistrationStatus[] },
): Promise<number> {
  const statuses = m.statuses?.length ? m.statuses : [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED];
  const people: { id: string; email: string; name: string; locale: string }[] = await em.query(
    // A colleague registered in a group gets their own copy (keyed by their registration).
    `SELECT CASE WHEN r.attendee_email IS NULL THEN u.id ELSE r.id END AS id, coalesce(r.attendee_email, u.email) AS email,
            coalesce(r.attendee_name, u.name) AS name, u.locale FROM registrations r JOIN users u ON u.id = r.user_id
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
  const user = requireOrganiser(ctx);
  return ctx.db.transaction(async (em) => {
    const r = await findByIdOrNotFound(em, Registration, registrationId, "Registration");
    return setAttendance(em, user.id, r, attended);
  });
}

/** Check-in by the code from the confirmation's QR code (typed or scanned at the door). */
export async function checkInByCode(ctx: Context, trainingId: string, code: string): Promise<Registration> {
  const user = requireOrganiser(ctx);
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

export async function setAttendance(em: EntityManager, actorId: string, r: Registration, attended: boolean): Promise<Registration> {
  if (r.status !== RegistrationStatus.CONFIRMED) throw conflict("Only confirmed registrations can be checked in");
  if (attended && !r.attendedAt) r.attendedAt = new Date();
  if (!attended) r.attendedAt = null;
  await em.update(Registration, r.id, { attendedAt: r.attendedAt });
  await audit(em, actorId, attended ? "registration.attended" : "registration.absent", "Registration", r.id);
  return r;
}

/** Organisers define the training's own registration questions (the consent text stays apart). */
export async function setTrainingQuestions(ctx: Context, trainingId: string, questions: TrainingQuestionInput[]): Promise<Training> {
  const user = requireOrganiser(ctx);
  const defs = normaliseQuestions(questions);
  return ctx.db.transaction(async (em) => {
    const t = await lockTraining(em, trainingId);
    if (!t) throw notFound("Training");
    t.questions = defs;
    await em.update(Training, t.id, { questions: defs });
    await audit(em, user.id, "training.questions", "Training", t.id, { count: defs.length });
    return t;
  });
}
