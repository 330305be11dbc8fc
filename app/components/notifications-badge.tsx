import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../lib/graphql-document";
import { gql } from "../lib/graphql-server";
import { currentUser } from "../lib/session";
import { CountBadge } from "./count-badge";

const UnreadQuery = graphql(`query HeaderUnreadNotifications { unreadNotificationCount }`);

/** "Powiadomienia" in the header; its accessible name carries the unread count. Nothing for visitors. */
export async function NotificationsBadge() {
  const user = await currentUser();
  if (!user) return null;
  const [t, data] = await Promise.all([getTranslations("notifications"), gql(UnreadQuery).catch(() => null)]);
  const n = data?.unreadNotificationCount ?? 0;
  return (
    <Link href="/account/notifications" data-testid="notifications-badge">
      {t("headerLink")}
      <CountBadge count={n} label={t("unreadBadge", { count: n })} />
    </Link>
  );
}
