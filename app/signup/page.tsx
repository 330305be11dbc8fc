import { getTranslations } from "next-intl/server";
import { SignUpForm } from "./sign-up-form";
import { pageTitle } from "../lib/page-title";

export const generateMetadata = pageTitle("auth", "signUp.title");

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <>
      <h1>{t("signUp.title")}</h1>
      <p className="muted">{t("signUp.lead")}</p>
      <SignUpForm />
    </>
  );
}
