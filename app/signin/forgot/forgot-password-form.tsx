"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { EmailField, requiredEmail } from "../../components/forms/email-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useActionStatus } from "../../components/forms/action-status";
import { SubmitButton } from "../../components/forms/submit-button";

export const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const { status, show, clear } = useActionStatus();
  const [sent, setSent] = useState(false);
  const { register, handleSubmit, formState } = useForm<{ email: string }>({ defaultValues: { email: "" } });

  const onSubmit = async (v: { email: string }) => {
    clear();
    const res = await gqlClient(RequestPasswordReset, { email: v.email.trim() });
    if (res.error) return show("error", res.error.code === "RATE_LIMITED" ? t("signIn.rateLimited") : t("errors.generic"));
    // The answer is the same whether or not the address has an account.
    setSent(true);
    show("success", t("lifecycle.forgot.sent"));
  };

  // The confirmation takes the form's place (and the focus).
  if (sent) return <ActionStatus status={status} />;
  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate method="post">
      <ActionStatus status={status} />
      <EmailField
        id="email"
        label={t("lifecycle.forgot.email")}
        error={formState.errors.email?.message}
        registration={register("email", requiredEmail(t("errors.required"), t("errors.email")))}
      />
      <SubmitButton submitting={formState.isSubmitting} busyLabel={t("lifecycle.forgot.submitting")}>
        {t("lifecycle.forgot.submit")}
      </SubmitButton>
    </form>
  );
}
