import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { SubscriptionToggles } from "./subscription-toggles";

const SubscriptionsQuery = graphql(`
  query MarketplaceDemandSubscriptions {
    myDemandSubscriptions
    demandCategories
  }
`);

/** A PES representative's category subscriptions for the e-mail digest of new demands. */
export async function DemandSubscriptions() {
  const [t, data] = await Promise.all([getTranslations("marketplace"), gql(SubscriptionsQuery)]);
  return (
    <section className="card no-print" aria-labelledby="subs-heading">
      <h2 id="subs-heading">{t("subscriptions.title")}</h2>
      <p className="muted">{t("subscriptions.lead")}</p>
      <SubscriptionToggles categories={data.demandCategories} subscribed={data.myDemandSubscriptions} />
    </section>
  );
}
