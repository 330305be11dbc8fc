import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../lib/graphql-document";
import { gql } from "../lib/graphql-server";
import { currentUser } from "../lib/session";
import { CountBadge } from "./count-badge";

const WaitingQuery = graphql(`
  query HeaderWaitingForMe {
    waitingForMe { total bookingRequests itemRequests extensionRequests }
  }
`);

/**
 * "Moje sprawy" in the header with the count of what waits for the signed-in person
 * (requests on their notices; for officials, unanswered enquiries…). Self-contained:
 * the header only places it. Renders nothing for visitors.
 */
export async function WaitingBadge() {
  const user = await currentUser();
  if (!user) return null;
  const [t, data] = await Promise.all([getTranslations("activity"), gql(WaitingQuery).catch(() => null)]);
  const n = data?.waitingForMe.total ?? 0;
  return (
    <Link href="/account/activity" data-testid="waiting-badge">
      {t("title")}
      <CountBadge count={n} label={t("badge", { count: n })} />
    </Link>
  );
}

/** The count of requests on the person's own notices, beside "Moje ogłoszenia". */
export async function OwnerRequestsBadge() {
  const user = await currentUser();
  if (!user) return null;
  const [t, data] = await Promise.all([getTranslations("activity"), gql(WaitingQuery).catch(() => null)]);
  const w = data?.waitingForMe;
  const n = (w?.bookingRequests ?? 0) + (w?.itemRequests ?? 0) + (w?.extensionRequests ?? 0);
  return <CountBadge count={n} label={t("ownerBadge", { count: n })} testId="owner-requests-badge" />;
}
