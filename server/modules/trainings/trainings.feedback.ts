import type { DataSource } from "typeorm";
import { TrainingFeedback, TrainingFeedbackGiven, Training } from "../../../entities/trainings";
import type { Context } from "../../context";
import { conflict, forbidden, notFound } from "../../errors";
import { appLink } from "../../mail/templates";
import type { TrainingFeedbackInput } from "./trainings.inputs";
import { mailEachRegistrant, type RegistrantRow } from "./trainings.mail";
import { findTrainingIn } from "./trainings.organiser";
import { requireOrganiser } from "./trainings.policy";
import { isUniqueViolation } from "../../db-errors";
import { registrationByToken, renewCancelTokens } from "./cancel-tokens";

/**
 * The survey after a training: checked-in attendees answer once, anonymously. Who has
 * answered (training_feedback_given) and what was answered (training_feedback) are
 * written in one transaction but share nothing but the training, so neither the API nor
 * the database links an answer to a person (see entities/trainings/feedback.entity.ts).
 */
export async function submitFeedback(db: DataSource, token: string, input: TrainingFeedbackInput): Promise<boolean> {
  return db.transaction(async (em) => {
    const r = await registrationByToken(em, token);
    if (!r) throw notFound("Registration");
    if (!r.attendedAt) throw forbidden("Only attendees who were checked in give feedback");
    const t = (await em.getRepository(Training).findOneBy({ id: r.trainingId }))!;
    if (t.endsAt.getTime() > Date.now()) throw forbidden("The training has not ended yet");
    try {
      // The primary key on the registration is the "once" rule, also under concurrency.
      await em.createQueryBuilder().insert().into(TrainingFeedbackGiven).values({ registrationId: r.id }).execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict("Feedback already given");
      throw err;
    }
    await em
      .createQueryBuilder()
      .insert()
      .into(TrainingFeedback)
      .values({ trainingId: t.id, rating: input.rating, useful: input.useful?.trim() || null, improve: input.improve?.trim() || null })
      .execute();
    return true;
  });
}

/** What the survey page shows for a link: the training's title, and whether it was answered. */
export async function feedbackForm(db: DataSource, token: string): Promise<{ training: Training; given: boolean; attended: boolean } | null> {
  const r = await registrationByToken(db.manager, token);
  if (!r) return null;
  const training = (await db.getRepository(Training).findOneBy({ id: r.trainingId }))!;
  const given = await db.getRepository(TrainingFeedbackGiven).existsBy({ registrationId: r.id });
  return { training, given, attended: !!r.attendedAt };
}

export interface FeedbackSummary {
  responses: number;
  averageRating: number | null;
  ratingCounts: number[];
  useful: string[];
  improve: string[];
}

/** Organisers: the answers of one training, without any person; texts in no meaningful order. */
export async function feedbackSummary(ctx: Context, trainingId: string): Promise<FeedbackSummary> {
  requireOrganiser(ctx);
  const t = await findTrainingIn(ctx.db.manager, trainingId);
  const rows = await ctx.db.getRepository(TrainingFeedback).find({ where: { trainingId: t.id }, order: { id: "ASC" } });
  const counts = [0, 0, 0, 0, 0];
  for (const r of rows) counts[r.rating - 1]++;
  const avg = rows.length ? Math.round((rows.reduce((s, r) => s + r.rating, 0) / rows.length) * 100) / 100 : null;
  return {
    responses: rows.length,
    averageRating: avg,
    ratingCounts: counts,
    useful: rows.map((r) => r.useful).filter((x): x is string => !!x),
    improve: rows.map((r) => r.improve).filter((x): x is string => !!x),
  };
}

/**
 * The day after an event (from midnight, Warsaw time, after it ended, for a week), every
 * checked-in attendee who has not answered gets the survey once: the advisory lock keeps
 * nodes apart and the mail queue's dedupe key makes a second e-mail a no-op.
 */
export async function sendFeedbackSurveys(db: DataSource, now = new Date()): Promise<number> {
  return db.transaction(async (em) => {
    const [{ locked }] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('pestor-training-feedback')) AS locked`);
    if (!locked) return 0;
    const rows: (RegistrantRow & { registrationId: string })[] = await em.query(
      `SELECT t.id AS "trainingId", r.id AS "registrationId",
              coalesce(r.attendee_email, u.email) AS email, coalesce(r.attendee_name, u.name) AS name, u.locale
         FROM trainings t
         JOIN registrations r ON r.training_id = t.id AND r.attended_at IS NOT NULL AND r.status = 'CONFIRMED'
         JOIN users u ON u.id = r.user_id
        WHERE t.cancelled_at IS NULL
          AND t.ends_at < date_trunc('day', $1::timestamptz AT TIME ZONE 'Europe/Warsaw') AT TIME ZONE 'Europe/Warsaw'
          AND t.ends_at > $1::timestamptz - interval '8 days'
          AND NOT EXISTS (SELECT 1 FROM training_feedback_given g WHERE g.registration_id = r.id)
          AND NOT EXISTS (SELECT 1 FROM mail_messages m WHERE m.dedupe_key = 'training-feedback:' || r.id::text)
        LIMIT 500`,
      [now],
    );
    // The survey's link needs the token plain, and only its hash is stored: a fresh one.
    const tokens = await renewCancelTokens(em, rows.map((r) => r.registrationId));
    await mailEachRegistrant(em, rows, (t, row) => {
      const link = appLink(`/trainings/${t.id}/feedback?token=${tokens.get(row.registrationId)}`);
      const en = row.locale === "en";
      return {
        subject: en ? `How was it? ${t.title}` : `Jak było? ${t.title}`,
        body: en
          ? `Thank you for coming to "${t.title}". Three short questions (a rating from 1 to 5, what was useful, what to improve) help us plan the next ones. Your answers are anonymous: the organiser sees them without your name.\n\n${link}`
          : `Dziękujemy za udział w „${t.title}”. Trzy krótkie pytania (ocena od 1 do 5, co było przydatne, co poprawić) pomogą nam zaplanować kolejne spotkania. Odpowiedzi są anonimowe: organizator widzi je bez Twojego nazwiska.\n\n${link}`,
        template: "trainings.feedback",
        dedupeKey: `training-feedback:${row.registrationId}`,
      };
    });
    return rows.length;
  });
}
