import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./forgot-password-form";
import { pageTitle } from "../../lib/page-title";

export const generateMetadata = pageTitle("auth", "lifecycle.forgot.title");

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.lifecycle.forgot");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <ForgotPasswordForm />
      <p>
        <Link href="/signin">{t("back")}</Link>
      </p>
    </>
  );
}
