import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { AcceptTermsButton } from "./accept-terms-button";

const TermsStatusQuery = graphql(`
  query TermsStatus {
    termsStatus {
      currentVersion
      acceptedVersion
      mustAccept
    }
  }
`);

/** Asks a signed-in person to accept a terms version they have not accepted yet (new or never accepted). */
export async function TermsBanner() {
  if (!(await currentUser())) return null;
  const [{ termsStatus: s }, t] = await Promise.all([gql(TermsStatusQuery), getTranslations("privacy.terms")]);
  if (!s.mustAccept || !s.currentVersion) return null;
  return (
    <aside className="alert alert-info no-print" aria-labelledby="terms-banner-heading">
      <div className="container stack">
        <h2 id="terms-banner-heading" style={{ margin: 0, fontSize: "1.1rem" }}>
          {t(s.acceptedVersion ? "changedTitle" : "firstTitle")}
        </h2>
        <p style={{ margin: 0 }}>
          {t("text")} <Link href="/terms">{t("read")}</Link> · <Link href="/privacy">{t("privacy")}</Link>
        </p>
        <AcceptTermsButton version={s.currentVersion} />
      </div>
    </aside>
  );
}
