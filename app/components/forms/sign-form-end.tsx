"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "./submit-button";

/** Where each of the two doors of an account sends a person who came to the wrong one. */
const OTHER_DOOR = {
  signIn: { question: "signIn.noAccount", href: "/signup", link: "signIn.signUpLink" },
  signUp: { question: "signUp.haveAccount", href: "/signin", link: "signUp.signInLink" },
} as const;

/** The end of the sign-in and sign-up forms: the submit, then the sentence linking to the other form. */
export function SignFormEnd({ form, submitting }: { form: "signIn" | "signUp"; submitting: boolean }) {
  const t = useTranslations("auth");
  const other = OTHER_DOOR[form];
  return (
    <>
      <SubmitButton submitting={submitting} busyLabel={t(`${form}.submitting`)}>
        {t(`${form}.submit`)}
      </SubmitButton>
      <p>
        {t(other.question)} <Link href={other.href}>{t(other.link)}</Link>
      </p>
    </>
  );
}
