import { getTranslations } from "next-intl/server";
import { currentUser } from "../../lib/session";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { SetPasswordFirst } from "../set-password-first";
import { ChangeEmailForm } from "./change-email-form";
import { ChangePasswordForm } from "./change-password-form";
import { pageTitle } from "../../lib/page-title";
import { BackLink } from "../../components/back-link";
import { redirectToSignIn } from "../../lib/sign-in";

const PasswordQuery = graphql(`
  query SecurityPage {
    me {
      id
      hasPassword
    }
  }
`);

export const generateMetadata = pageTitle("auth", "lifecycle.security.title");

export default async function AccountSecurityPage() {
  const user = await currentUser();
  if (!user) redirectToSignIn("/account/security");
  const [t, { me }] = await Promise.all([getTranslations("auth.lifecycle.security"), gql(PasswordQuery)]);
  return (
    <>
      <BackLink href="/account">{t("back")}</BackLink>
      <h1>{t("title")}</h1>
      {me?.hasPassword === false ? (
        // Both forms are confirmed by the current password, which this account does not have.
        <section aria-labelledby="set-password-heading" className="card stack">
          <h2 id="set-password-heading">{t("noPasswordHeading")}</h2>
          <SetPasswordFirst email={user.email} purpose="security" />
        </section>
      ) : (
        <>
          <section aria-labelledby="password-heading" className="card stack">
            <h2 id="password-heading">{t("passwordHeading")}</h2>
            <p>{t("passwordLead")}</p>
            <ChangePasswordForm email={user.email} name={user.name} />
          </section>
          <section aria-labelledby="email-heading" className="card stack">
            <h2 id="email-heading">{t("emailHeading")}</h2>
            <p>{t("emailLead", { email: user.email })}</p>
            <ChangeEmailForm />
          </section>
        </>
      )}
    </>
  );
}
