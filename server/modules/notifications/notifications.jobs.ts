import type { DataSource, EntityManager } from "typeorm";
import { NotificationDelivery } from "../../../entities/notifications";
import { toLocale } from "../../../entities/locales";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";
import type { Job } from "../module";
import { digestUnsubscribeHeaders, digestUnsubscribeUrl } from "./notifications.tokens";
import { mailText } from "./notify";

type Period = NotificationDelivery.DAILY | NotificationDelivery.WEEKLY;

/** Where a period ends (Warsaw midnight today / this Monday) and its key, the Warsaw date of that midnight. */
const PERIOD_END: Record<Period, string> = {
  [NotificationDelivery.DAILY]: `date_trunc('day', now() AT TIME ZONE 'Europe/Warsaw')`,
  [NotificationDelivery.WEEKLY]: `date_trunc('week', now() AT TIME ZONE 'Europe/Warsaw')`,
};

/**
 * The deliveries whose owed notifications a period's digest carries: its own, and for the
 * daily digest also IMMEDIATE (no row) — notifications left owed when the person switched
 * a kind from a digest to "immediately" go out with the next daily digest, not never.
 */
const CARRIES: Record<Period, string[]> = {
  [NotificationDelivery.DAILY]: [NotificationDelivery.DAILY, NotificationDelivery.IMMEDIATE],
  [NotificationDelivery.WEEKLY]: [NotificationDelivery.WEEKLY],
};

interface Owed {
  id: string;
  title: string;
  body: string;
  link: string | null;
}

async function sendOne(em: EntityManager, userId: string, period: Period, end: string, key: string): Promise<boolean> {
  // The claim: a second node (or run) inserts nothing and leaves the digest to the first.
  const claimed: unknown[] = await em.query(
    `INSERT INTO notification_digests (user_id, period, period_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
    [userId, period, key],
  );
  if (!claimed.length) return false;
  const [user]: { email: string; name: string | null; locale: string }[] = await em.query(
    `SELECT email, name, locale FROM users WHERE id = $1 AND deleted_at IS NULL`,
    [userId],
  );
  const owed: Owed[] = await em.query(
    `SELECT n.id, n.title, n.body, n.link FROM notifications n
       LEFT JOIN notification_preferences p ON p.user_id = n.user_id AND p.kind = n.kind
      WHERE n.user_id = $1 AND n.mailed_at IS NULL AND n.created_at < CAST($3 AS timestamp) AT TIME ZONE 'Europe/Warsaw'
        AND coalesce(p.delivery, 'IMMEDIATE') = ANY($2)
      ORDER BY n.created_at FOR UPDATE OF n`,
    [userId, CARRIES[period], end],
  );
  if (!owed.length) return true;
  await em.query(`UPDATE notifications SET mailed_at = now() WHERE id = ANY($1)`, [owed.map((n) => n.id)]);
  if (!user) return true;
  const locale = toLocale(user.locale);
  const en = locale === "en";
  const subject = en
    ? `${period === NotificationDelivery.DAILY ? "Daily" : "Weekly"} digest: ${owed.length} notification(s)`
    : `${period === NotificationDelivery.DAILY ? "Podsumowanie dnia" : "Podsumowanie tygodnia"}: powiadomienia (${owed.length})`;
  const text = [
    ...owed.map((n) => `${n.title}\n\n${mailText(n)}`),
    `${en ? "All notifications" : "Wszystkie powiadomienia"}: ${appLink("/account/notifications")}\n${en ? "Settings" : "Ustawienia"}: ${appLink("/account/preferences")}\n${
      en ? "Stop this digest" : "Nie wysyłaj mi tego podsumowania"
    }: ${digestUnsubscribeUrl(userId, period)}`,
  ].join("\n\n---\n\n");
  await enqueueTextMail(em, {
    to: user.email,
    subject,
    text,
    locale,
    template: `notifications.digest-${period.toLowerCase()}`,
    dedupeKey: `notifications-digest:${userId}:${period}:${key}`,
    headers: digestUnsubscribeHeaders(userId, period),
  });
  return true;
}

/**
 * Sends the digests of the periods that ended: per person with owed notifications of kinds
 * they get daily (or weekly), one e-mail per period, claimed by a unique row so that any
 * number of nodes running this at once send each digest exactly once. Returns how many
 * digests this run claimed.
 */
export async function sendNotificationDigests(db: DataSource, batch = 100): Promise<number> {
  let sent = 0;
  for (const period of [NotificationDelivery.DAILY, NotificationDelivery.WEEKLY] as Period[]) {
    const [{ end, key }]: { end: string; key: string }[] = await db.query(
      `SELECT to_char(e, 'YYYY-MM-DD"T"HH24:MI:SS') AS end, to_char(e, 'YYYY-MM-DD') AS key FROM (SELECT ${PERIOD_END[period]} AS e) x`,
    );
    const people: { userId: string }[] = await db.query(
      `SELECT DISTINCT n.user_id AS "userId" FROM notifications n
         LEFT JOIN notification_preferences p ON p.user_id = n.user_id AND p.kind = n.kind
        WHERE n.mailed_at IS NULL AND n.created_at < CAST($2 AS timestamp) AT TIME ZONE 'Europe/Warsaw'
          AND coalesce(p.delivery, 'IMMEDIATE') = ANY($5)
          AND NOT EXISTS (SELECT 1 FROM notification_digests d WHERE d.user_id = n.user_id AND d.period = $1 AND d.period_key = $3)
        LIMIT $4`,
      [period, end, key, batch, CARRIES[period]],
    );
    for (const { userId } of people) {
      if (await db.transaction((em) => sendOne(em, userId, period, end, key))) sent++;
    }
  }
  return sent;
}

export const notificationJobs: Job[] = [{ name: "notifications.digests", everySeconds: 300, run: async (db) => void (await sendNotificationDigests(db)) }];
