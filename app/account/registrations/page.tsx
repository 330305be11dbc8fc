import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { toCardData } from "./card-data";
import { RegistrationCards } from "./registration-cards";
import { BackLink } from "../../components/back-link";
import { pageTitle } from "../../lib/page-title";
import { signInHref } from "../../lib/sign-in";

const MyRegistrationsQuery = graphql(`
  query MyRegistrationsPage {
    myRegistrations {
      id
      status
      waitlistPosition
      attended
      registeredAt
      training {
        id
        title
        startsAt
        endsAt
        venue
        cancelledAt
      }
    }
  }
`);

export const generateMetadata = pageTitle("trainings.account", "title");

/** The moment of this request (server component: rendered once per request). */
function requestTime(): number {
  return Date.now();
}

/** /account/registrations — "Moje zapisy": one card per training in its current state, with its actions. */
export default async function MyRegistrationsPage() {
  const [user, t, ta] = await Promise.all([currentUser(), getTranslations("trainings.account"), getTranslations("activity")]);
  if (!user) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>
          <Link href={signInHref("/account/registrations")}>{t("signIn")}</Link>
        </p>
      </>
    );
  }
  const { myRegistrations } = await gql(MyRegistrationsQuery, {});
  return (
    <div className="stack">
      <BackLink href="/account">{ta("backToAccount")}</BackLink>
      <h1>{t("title")}</h1>
      {myRegistrations.length === 0 ? (
        <div className="empty-state">
          <p>{t("empty")}</p>
          <Link href="/trainings">{t("browse")}</Link>
        </div>
      ) : (
        <RegistrationCards registrations={toCardData(myRegistrations)} now={requestTime()} />
      )}
    </div>
  );
}
