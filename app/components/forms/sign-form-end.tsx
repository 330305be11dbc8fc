"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "./submit-button";

/**
 * The end of the sign-in and sign-up forms: the submit, then the sentence that sends a
 * person who came to the wrong door of an account to the other one.
 */
export function SignFormEnd({ form, submitting }: { form: "signIn" | "signUp"; submitting: boolean }) {
  const t = useTranslations("auth");
  const end =
    form === "signIn"
      ? { busy: t("signIn.submitting"), submit: t("signIn.submit"), other: t("signIn.noAccount"), href: "/signup", link: t("signIn.signUpLink") }
      : { busy: t("signUp.submitting"), submit: t("signUp.submit"), other: t("signUp.haveAccount"), href: "/signin", link: t("signUp.signInLink") };
  return (
    <>
      <SubmitButton submitting={submitting} busyLabel={end.busy}>
        {end.submit}
      </SubmitButton>
      <p>
        {end.other} <Link href={end.href}>{end.link}</Link>
      </p>
    </>
  );
}
