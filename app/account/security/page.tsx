import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "../../lib/session";
import { ChangeEmailForm } from "./change-email-form";
import { ChangePasswordForm } from "./change-password-form";
import { pageTitle } from "../../lib/page-title";
import { BackLink } from "../../components/back-link";

export const generateMetadata = pageTitle("auth", "lifecycle.security.title");

export default async function AccountSecurityPage() {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=%2Faccount%2Fsecurity");
  const t = await getTranslations("auth.lifecycle.security");
  return (
    <>
      <BackLink href="/account">{t("back")}</BackLink>
      <h1>{t("title")}</h1>
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
  );
}
