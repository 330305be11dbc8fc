import { LinkTokenPage } from "../../../components/link-token-page";
import { graphql } from "../../../lib/graphql-document";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("premises", "alerts.unsubscribe.title", { robots: { index: false } });

const Unsubscribe = graphql(`mutation UnsubscribePremisesSearch($token: String!) { unsubscribePremisesSearch(token: $token) }`);

/** Opened from a saved search's alert e-mail: one button stops that alert. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return <LinkTokenPage namespace="premises.alerts.unsubscribe" token={token} maxLength={64} mutation={Unsubscribe} />;
}
