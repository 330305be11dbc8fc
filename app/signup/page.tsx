import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUp.title") };
}

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
