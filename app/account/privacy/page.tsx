import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "../../lib/session";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { SetPasswordFirst } from "../set-password-first";
import { DeleteAccountForm } from "./delete-account-form";
import { BackLink } from "../../components/back-link";
import { pageTitle } from "../../lib/page-title";
import { TextList } from "../../components/text-list";
import { redirectToSignIn } from "../../lib/sign-in";

const PasswordQuery = graphql(`
  query PrivacyPage {
    me {
      id
      email
      hasPassword
    }
  }
`);

export const generateMetadata = pageTitle("privacy.myData", "title");

/**
 * "Moje dane": download everything the platform holds about me, and delete my account —
 * with what is erased and what the programme keeps said before it happens.
 */
export default async function MyDataPage() {
  if (!(await currentUser())) redirectToSignIn("/account/privacy");
  const [t, { me }] = await Promise.all([getTranslations("privacy.myData"), gql(PasswordQuery)]);
  if (!me) redirectToSignIn("/account/privacy");
  // The build's message compiler turns a JSON array into an object keyed "0", "1", …
  const erased = Object.values(t.raw("erased") as Record<string, string>);
  const kept = Object.values(t.raw("kept") as Record<string, string>);
  return (
    <div className="stack" style={{ maxWidth: "48rem" }}>
      <BackLink href="/account">{t("back")}</BackLink>
      <h1>{t("title")}</h1>
      <p>
        {t("intro")} <Link href="/privacy">{t("privacyLink")}</Link>
      </p>

      <section aria-labelledby="export-heading" className="card stack">
        <h2 id="export-heading">{t("exportTitle")}</h2>
        <p>{t("exportText")}</p>
        <p>
          <a className="button" href="/account/export.json" download>
            {t("exportButton")}
          </a>
        </p>
      </section>

      <section aria-labelledby="delete-heading" className="card stack">
        <h2 id="delete-heading">{t("deleteTitle")}</h2>
        <p>{t("deleteIntro")}</p>
        <h3>{t("erasedTitle")}</h3>
        <TextList items={erased} />
        <h3>{t("keptTitle")}</h3>
        <TextList items={kept} />
        <p>{t("ownerNote")}</p>
        {me.hasPassword === false ? <SetPasswordFirst email={me.email} purpose="delete" /> : <DeleteAccountForm />}
      </section>
    </div>
  );
}
