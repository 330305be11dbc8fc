import { NotificationKind } from "../../../entities/notifications";
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
  const url = appLink(`/notifications/unsubscribe/one-click?token=${encodeURIComponent(notificationUnsubscribeToken(userId, kind))}`);
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
