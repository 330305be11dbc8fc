import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { Notification, NotificationDelivery, NotificationKind } from "../../../entities/notifications";
import { toLocale, type Locale } from "../../../entities/locales";
import { enqueueTextMails } from "../../mail/mail.service";
import { rowAsEntity } from "../loading";
import { appLink } from "../../mail/templates";
import { unsubscribeHeaders } from "./notifications.tokens";

/** What one event says, in each language: the subject is the list's title and the e-mail's subject, the text the list's body and the e-mail's text. */
export type NotificationTexts = Record<Locale, { subject: string; text: string }>;

export interface NotifyInput {
  userId: string;
  kind: NotificationKind;
  texts: NotificationTexts;
  /** A path inside the site. */
  link?: string | null;
  /** Same key twice = one e-mail (passed on to `enqueueMail`). */
  dedupeKey?: string;
  /** The mail template name, kept from the feature that used to e-mail on its own. */
  template: string;
  /** Headers of the e-mail beside the unsubscribe ones (e.g. Reply-To). */
  headers?: Record<string, string>;
}

/** The e-mail text of one notification: its body, and its link when the body does not carry it already. */
export function mailText(n: { body: string; link: string | null }): string {
  const link = n.link ? appLink(n.link) : null;
  return link && !n.body.includes(link) ? `${n.body}\n\n${link}` : n.body;
}

/**
 * The one way a feature tells a person about an event: called in the writing transaction,
 * it adds the event to the person's notification list and, by their preference for the
 * kind, queues the e-mail now (IMMEDIATE) or leaves it for the daily/weekly digest
 * (`mailedAt` null). Nothing for a deleted or unknown account. Returns the notification.
 */
export async function notify(em: EntityManager, input: NotifyInput): Promise<Notification | null> {
  return (await notifyEach(em, [input]))[0];
}

/**
 * {@link notify} for many events at once (followers of a thing, the people of a list of
 * addresses), in three statements whatever their number: the people with their
 * preferences, the notifications, the e-mails. Returns each event's notification, in order.
 */
export async function notifyEach(em: EntityManager, inputs: NotifyInput[]): Promise<(Notification | null)[]> {
  if (!inputs.length) return [];
  // Share-locked (FOR KEY SHARE, as the notifications' foreign key would a statement later):
  // an account being deleted is waited for and then left out, never notified and mailed at
  // the address it had.
  const people: { id: string; email: string | null; locale: string | null; deliveries: Record<string, NotificationDelivery> }[] = await em.query(
    `SELECT u.id, u.email, u.locale,
            (SELECT coalesce(jsonb_object_agg(p.kind, p.delivery), '{}') FROM notification_preferences p
              WHERE p.user_id = u.id AND p.kind = ANY($2::text[])) AS deliveries
       FROM users u
      WHERE u.id = ANY($1::uuid[]) AND u.deleted_at IS NULL
        FOR KEY SHARE OF u`,
    [[...new Set(inputs.map((i) => i.userId))], [...new Set(inputs.map((i) => i.kind))]],
  );
  const byId = new Map(people.map((p) => [p.id, p]));
  const now = new Date();
  const events = inputs.flatMap((input) => {
    const user = byId.get(input.userId);
    if (!user?.email) return [];
    const locale = toLocale(user.locale);
    // No row = IMMEDIATE.
    const delivery = user.deliveries[input.kind] ?? NotificationDelivery.IMMEDIATE;
    return [{ input, email: user.email, locale, delivery, ...input.texts[locale] }];
  });
  if (!events.length) return inputs.map(() => null);
  // PostgreSQL does not promise that RETURNING gives the rows in the order they were
  // inserted: each event brings its own id, and its row is found by it.
  const ids = events.map(() => randomUUID());
  const rows: Record<string, unknown>[] = await em.query(
    `INSERT INTO notifications (id, user_id, kind, title, body, link, read_at, mailed_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[])
     RETURNING *`,
    [
      ids,
      events.map((e) => e.input.userId),
      events.map((e) => e.input.kind),
      events.map((e) => e.subject.slice(0, 300)),
      events.map((e) => e.text),
      events.map((e) => e.input.link ?? null),
      events.map(() => null),
      // Nothing is owed later when it goes out now or never.
      events.map((e) => (e.delivery === NotificationDelivery.DAILY || e.delivery === NotificationDelivery.WEEKLY ? null : now)),
    ],
  );
  const rowById = new Map(rows.map((row) => [row.id as string, row]));
  const made = ids.map((id) => rowAsEntity(em.connection, Notification, rowById.get(id)!));
  const mails = events.flatMap((e, i) =>
    e.delivery === NotificationDelivery.IMMEDIATE
      ? [
          {
            to: e.email,
            subject: e.subject,
            text: mailText(made[i]),
            locale: e.locale,
            template: e.input.template,
            dedupeKey: e.input.dedupeKey,
            headers: { ...e.input.headers, ...unsubscribeHeaders(e.input.userId, e.input.kind) },
          },
        ]
      : [],
  );
  await enqueueTextMails(em, mails);
  const byEvent = new Map(events.map((e, i) => [e.input, made[i]]));
  return inputs.map((input) => byEvent.get(input) ?? null);
}

/**
 * For events that go to a list of addresses (a notice's contacts: an organisation's own
 * address and people): an address of a live account becomes that person's notification,
 * any other address gets the e-mail as before. `dedupeKey` is made per address.
 */
export async function notifyAddresses(
  em: EntityManager,
  addresses: string[],
  input: Omit<NotifyInput, "userId" | "dedupeKey"> & { dedupeKey: (address: string) => string },
): Promise<void> {
  if (!addresses.length) return;
  const lower = [...new Set(addresses.map((a) => a.trim().toLowerCase()))];
  const people: { id: string; email: string }[] = await em.query(
    `SELECT id, lower(email) AS email FROM users WHERE lower(email) = ANY($1) AND deleted_at IS NULL`,
    [lower],
  );
  const byEmail = new Map(people.map((p) => [p.email, p.id]));
  const known = lower.filter((address) => byEmail.has(address));
  await notifyEach(
    em,
    known.map((address) => ({ ...input, userId: byEmail.get(address)!, dedupeKey: input.dedupeKey(address) })),
  );
  const { subject, text } = input.texts.pl;
  const body = mailText({ body: text, link: input.link ?? null });
  await enqueueTextMails(
    em,
    lower
      .filter((address) => !byEmail.has(address))
      .map((address) => ({ to: address, subject, text: body, template: input.template, dedupeKey: input.dedupeKey(address), headers: input.headers })),
  );
}
