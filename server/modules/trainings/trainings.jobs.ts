import type { DataSource } from "typeorm";
import type { Job } from "../module";
import { mailEachRegistrant } from "./trainings.mail";
import { sendFeedbackSurveys } from "./trainings.feedback";

/**
 * Reminds confirmed participants about a training starting within the next 24 hours.
 * Safe on any number of nodes at once: the advisory lock keeps runs apart and the
 * dedupe key makes a second reminder for the same registration a no-op.
 * Returns how many reminders were queued.
 */
export async function sendTrainingReminders(db: DataSource, now = new Date()): Promise<number> {
  return db.transaction(async (em) => {
    const [{ locked }] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('pestor-training-reminders')) AS locked`);
    if (!locked) return 0;
    const rows: { registrationId: string; trainingId: string; email: string; name: string; locale: string }[] = await em.query(
      `SELECT r.id AS "registrationId", t.id AS "trainingId", coalesce(r.attendee_email, u.email) AS email,
              coalesce(r.attendee_name, u.name) AS name, u.locale
         FROM trainings t
         JOIN registrations r ON r.training_id = t.id AND r.status = 'CONFIRMED'
         JOIN users u ON u.id = r.user_id
        WHERE t.cancelled_at IS NULL AND t.starts_at > $1 AND t.starts_at <= $1 + interval '24 hours'
          AND NOT EXISTS (SELECT 1 FROM mail_messages m WHERE m.dedupe_key = 'training-reminder:' || r.id::text)
        LIMIT 500`,
      [now],
    );
    await mailEachRegistrant(em, rows, (t, row) => {
      const when = t.startsAt.toLocaleString(row.locale === "en" ? "en-GB" : "pl-PL", { timeZone: "Europe/Warsaw", dateStyle: "full", timeStyle: "short" });
      return {
        subject: row.locale === "en" ? `Reminder: ${t.title}` : `Przypomnienie: ${t.title}`,
        body:
          row.locale === "en"
            ? `See you on ${when} at ${t.venue}${t.address ? `, ${t.address}` : ""}. If you cannot come, please cancel so that someone from the waiting list can take your seat.`
            : `Do zobaczenia ${when}, miejsce: ${t.venue}${t.address ? `, ${t.address}` : ""}. Jeśli nie możesz przyjść, zrezygnuj, aby miejsce mogła zająć osoba z listy rezerwowej.`,
        template: "trainings.reminder",
        dedupeKey: `training-reminder:${row.registrationId}`,
      };
    });
    return rows.length;
  });
}

export const trainingsJobs: Job[] = [
  { name: "trainings.reminders", everySeconds: 600, run: async (db) => void (await sendTrainingReminders(db)) },
  { name: "trainings.feedback-surveys", everySeconds: 900, run: async (db) => void (await sendFeedbackSurveys(db)) },
];
