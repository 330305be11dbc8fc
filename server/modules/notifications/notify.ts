import type { EntityManager } from "typeorm";
import { Notification, NotificationDelivery, NotificationKind, NotificationPreference } from "../../../entities/notifications";
import { toLocale, type Locale } from "../../../entities/locales";
import { User } from "../../../entities/users";
import { enqueueMail } from "../../mail/mail.service";
import { appLink, htmlFromText } from "../../mail/templates";
import { unsubscribeHeaders } from "./notifications.tokens";

/** What one event says, in each language: the subject is the list's title, the text its body. */
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
}

/** The delivery a person chose for a kind; no row = IMMEDIATE. */
export async function deliveryFor(em: EntityManager, userId: string, kind: NotificationKind): Promise<NotificationDelivery> {
  const row = await em.getRepository(NotificationPreference).findOneBy({ userId, kind });
  return row?.delivery ?? NotificationDelivery.IMMEDIATE;
}

/** The e-mail text of one notification: greeting, body, link (the same shape the features used). */
export function mailText(n: { body: string; link: string | null }, user: { name: string | null }, locale: Locale): string {
  const hello = user.name ? (locale === "en" ? `Hello ${user.name},` : `Dzień dobry ${user.name},`) : locale === "en" ? "Hello," : "Dzień dobry,";
  return [hello, n.body, ...(n.link ? [appLink(n.link)] : [])].join("\n\n");
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
    const body = mailText(n, user, locale);
    await enqueueMail(em, {
      to: user.email,
      subject,
      text: body,
      html: htmlFromText(body, locale),
      template: input.template,
      dedupeKey: input.dedupeKey,
      headers: unsubscribeHeaders(user.id, input.kind),
    });
  }
  return n;
}
