import { LinkTokenPage } from "../../components/link-token-page";
import { graphql } from "../../lib/graphql-document";
import { pageTitle } from "../../lib/page-title";

export const generateMetadata = pageTitle("notifications", "unsubscribe.title", { robots: { index: false } });

const Unsubscribe = graphql(`mutation UnsubscribeFromNotifications($token: String!) { unsubscribeFromNotifications(token: $token) }`);

/** Opened from a notification e-mail's unsubscribe link: one button stops e-mails of that kind. */
export default async function NotificationUnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return <LinkTokenPage namespace="notifications.unsubscribe" token={token} maxLength={1000} mutation={Unsubscribe} />;
}
