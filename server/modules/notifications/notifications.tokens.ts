import { NotificationDelivery, NotificationKind } from "../../../entities/notifications";
import { appLink } from "../../mail/templates";
import { signNewsletterToken, verifyNewsletterToken } from "../news/newsletter.tokens";

/**
 * A never-expiring link that stops e-mails of one kind for one person: the newsletter's
 * signing (HMAC bound to its own purpose), with `userId:kind` as the subject.
 */
export function notificationUnsubscribeToken(userId: string, kind: NotificationKind): string {
  return signNewsletterToken("notification-unsubscribe", { s: `${userId}:${kind}` });
}

/** The person and kind of a token, or null when it is garbled, forged or made for another purpose. */
export function readNotificationUnsubscribeToken(token: string): { userId: string; kind: NotificationKind } | null {
  const payload = verifyNewsletterToken("notification-unsubscribe", token);
  const [userId, kind] = payload?.s.split(":") ?? [];
  if (!userId || !Object.values(NotificationKind).includes(kind as NotificationKind)) return null;
  return { userId, kind: kind as NotificationKind };
}

/** RFC 8058 one-click headers of a notification e-mail. */
export function unsubscribeHeaders(userId: string, kind: NotificationKind): Record<string, string> {
  return oneClickHeaders(notificationUnsubscribeToken(userId, kind));
}

export type DigestPeriod = NotificationDelivery.DAILY | NotificationDelivery.WEEKLY;

/** A link that stops one person's daily (or weekly) digest: every kind it carries becomes NEVER. */
export function digestUnsubscribeToken(userId: string, period: DigestPeriod): string {
  return signNewsletterToken("notification-digest-unsubscribe", { s: `${userId}:${period}` });
}

export function readDigestUnsubscribeToken(token: string): { userId: string; period: DigestPeriod } | null {
  const payload = verifyNewsletterToken("notification-digest-unsubscribe", token);
  const [userId, period] = payload?.s.split(":") ?? [];
  if (!userId || (period !== NotificationDelivery.DAILY && period !== NotificationDelivery.WEEKLY)) return null;
  return { userId, period };
}

/** The one-click link of a digest (in its headers and at the end of its text). */
export function digestUnsubscribeUrl(userId: string, period: DigestPeriod): string {
  return oneClickUrl(digestUnsubscribeToken(userId, period));
}

/** RFC 8058 one-click headers of a digest: a digest mixes kinds, so the link stops the digest. */
export function digestUnsubscribeHeaders(userId: string, period: DigestPeriod): Record<string, string> {
  return oneClickHeaders(digestUnsubscribeToken(userId, period));
}

function oneClickUrl(token: string): string {
  return appLink(`/notifications/unsubscribe/one-click?token=${encodeURIComponent(token)}`);
}

function oneClickHeaders(token: string): Record<string, string> {
  return { "List-Unsubscribe": `<${oneClickUrl(token)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
