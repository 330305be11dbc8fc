import type { EntityManager } from "typeorm";
import { Notification, NotificationDelivery, NotificationKind, NotificationPreference } from "../../../entities/notifications";
import { toLocale, type Locale } from "../../../entities/locales";
import { User } from "../../../entities/users";
import { enqueueTextMail } from "../../mail/mail.service";
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

/** The delivery a person chose for a kind; no row = IMMEDIATE. */
export async function deliveryFor(em: EntityManager, userId: string, kind: NotificationKind): Promise<NotificationDelivery> {
  const row = await em.getRepository(NotificationPreference).findOneBy({ userId, kind });
  return row?.delivery ?? NotificationDelivery.IMMEDIATE;
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
  const user = await em.getRepository(User).findOneBy({ id: input.userId });
  if (!user || user.deletedAt || !user.email) return null;
  const locale = toLocale(user.locale);
  const { subject, text } = input.texts[locale];
  const delivery = await deliveryFor(em, user.id, input.kind);
  const now = new Date();
  const n = await em.getRepository(Notification).save(
    em.getRepository(Notification).create({
      userId: user.id,
      kind: input.kind,
      title: subject.slice(0, 300),
      body: text,
      link: input.link ?? null,
      readAt: null,
      // Nothing is owed later when it goes out now or never.
      mailedAt: delivery === NotificationDelivery.DAILY || delivery === NotificationDelivery.WEEKLY ? null : now,
    }),
  );
  if (delivery === NotificationDelivery.IMMEDIATE) {
    const body = mailText(n);
    await enqueueTextMail(em, {
      to: user.email,
      subject,
      text: body,
      locale,
      template: input.template,
      dedupeKey: input.dedupeKey,
      headers: { ...input.headers, ...unsubscribeHeaders(user.id, input.kind) },
    });
  }
  return n;
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
  for (const address of lower) {
    const userId = byEmail.get(address);
    if (userId) {
      await notify(em, { ...input, userId, dedupeKey: input.dedupeKey(address) });
      continue;
    }
    const { subject, text } = input.texts.pl;
    const body = mailText({ body: text, link: input.link ?? null });
    await enqueueTextMail(em, { to: address, subject, text: body, template: input.template, dedupeKey: input.dedupeKey(address), headers: input.headers });
  }
}
