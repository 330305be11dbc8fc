import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { graphql } from "../../gql";
import { nextCursor } from "../../lib/next-page";
import { formatDate, isoDateTime } from "../../lib/dates";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { MarkReadButton } from "./mark-read";
import { pageTitle } from "../../lib/page-title";
import { redirectToSignIn } from "../../lib/sign-in";

const MyNotificationsQuery = graphql(`
  query MyNotifications($after: String) {
    notifications(first: 20, after: $after) {
      totalCount
      edges { node { id kind title body link readAt createdAt } }
      pageInfo { ...NextPage }
    }
    unreadNotificationCount
  }
`);

export const generateMetadata = pageTitle("notifications", "title");

/** The person's notification list, newest first, 20 a page (the cursor is in the address). */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  if (!(await currentUser())) redirectToSignIn("/account/notifications");
  const { after } = await searchParams;
  const [t, locale, data] = await Promise.all([
    getTranslations("notifications"),
    getLocale(),
    gql(MyNotificationsQuery, { after: typeof after === "string" ? after : null }),
  ]);
  const { edges, pageInfo } = data.notifications;
  const next = nextCursor(pageInfo);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>
        <Link href="/account/preferences">{t("preferencesLink")}</Link>
      </p>
      {data.unreadNotificationCount > 0 && <MarkReadButton label={t("markAllRead")} />}
      {edges.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <ul className="stack" data-testid="notifications">
          {edges.map(({ node: n }) => (
            <li key={n.id} className="card">
              <h2 className="h4">
                {!n.readAt && <span className="badge badge-warning">{t("unread")}</span>} {n.title}
              </h2>
              <p className="muted">
                <time dateTime={isoDateTime(n.createdAt)}>{formatDate(n.createdAt, locale, "dateTime")}</time> · {t(`kinds.${n.kind}`)}
              </p>
              <p style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>{n.body}</p>
              {n.link && <Link href={n.link}>{t("open")}</Link>}
              {!n.readAt && <MarkReadButton id={n.id} label={t("markRead")} />}
            </li>
          ))}
        </ul>
      )}
      {next && (
        <p>
          <Link href={`/account/notifications?after=${encodeURIComponent(next)}`}>{t("more")}</Link>
        </p>
      )}
    </div>
  );
}
