import type { DataSource } from "typeorm";
import { Booking, EquipmentNotice } from "../../../entities/marketplace";
import { addDays, todayInWarsaw } from "../../../entities/marketplace/date.scalar";
import type { Job } from "../module";
import { mailBorrower, mailOwnerSide, type LoanMail } from "./bookings.mail";

/** Overdue loans older than this are not written about any more (nor, after a deployment, all at once). */
export const OVERDUE_LOOKBACK_DAYS = 7;

/**
 * The loan reminders, by calendar days in Toruń (Europe/Warsaw) at `now`:
 * - the day before a loan starts, the borrower is reminded (with the pick-up conditions);
 * - the day before its last day, the borrower is reminded to return it (not for a
 *   one-day loan: that reminder is the first one);
 * - from the day after the last day, while no return is recorded, both sides are told it
 *   is overdue — once per last day (an approved extension moves it, and a new message
 *   may follow).
 * Safe on any number of nodes at once: the advisory lock keeps concurrent runs apart and
 * every message has a dedupe key naming the booking and the day, so a later run, a retry
 * or another node queues nothing twice. Returns how many bookings were written about.
 */
export async function sendLoanReminders(db: DataSource, now = new Date()): Promise<number> {
  const today = todayInWarsaw(now);
  const tomorrow = addDays(today, 1);
  return db.transaction(async (em) => {
    const [{ locked }] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('pestor-loan-reminders')) AS locked`);
    if (!locked) return 0;
    // One statement finds all three kinds; the NOT EXISTS skips what was already queued.
    const rows: { id: string; kind: LoanMail; key: string }[] = await em.query(
      `SELECT id, kind, key FROM (
         SELECT b.id, 'starts' AS kind, 'loan:' || b.id || ':starts:' || b.from_date AS key
           FROM bookings b WHERE b.status = 'APPROVED' AND b.from_date = $1::date
         UNION ALL
         SELECT b.id, 'ends', 'loan:' || b.id || ':ends:' || b.to_date
           FROM bookings b WHERE b.status = 'APPROVED' AND b.to_date = $1::date AND b.from_date < $1::date
         UNION ALL
         SELECT b.id, 'overdue', 'loan:' || b.id || ':overdue:' || b.to_date
           FROM bookings b WHERE b.status = 'APPROVED' AND b.to_date < $2::date AND b.to_date >= $2::date - $3::int
       ) due
       WHERE NOT EXISTS (SELECT 1 FROM mail_messages m WHERE m.dedupe_key = due.key)
       ORDER BY key LIMIT 500`,
      [tomorrow, today, OVERDUE_LOOKBACK_DAYS],
    );
    for (const row of rows) {
      const booking = await em.getRepository(Booking).findOneByOrFail({ id: row.id });
      const notice = await em.getRepository(EquipmentNotice).findOneByOrFail({ id: booking.noticeId });
      // The borrower's copy carries the key the query above looks for; the owner's side
      // gets its own per address.
      await mailBorrower(em, row.kind, booking, notice, row.key);
      if (row.kind === "overdue") await mailOwnerSide(em, "overdue", booking, notice, row.key);
    }
    return rows.length;
  });
}

export const bookingsJobs: Job[] = [{ name: "marketplace.loan-reminders", everySeconds: 600, run: async (db) => void (await sendLoanReminders(db)) }];
