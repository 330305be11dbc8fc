"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CurrentPasswordField } from "../../components/forms/current-password-field";
import { EmailField, requiredEmail } from "../../components/forms/email-field";
import { ActionStatus } from "../../components/forms/action-status";
import { useServerForm } from "../../components/forms/server-form";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { SubmitButton } from "../../components/forms/submit-button";

const RequestEmailChange = graphql(`
  mutation RequestEmailChange($newEmail: String!, $password: String!) {
    requestEmailChange(newEmail: $newEmail, password: $password)
  }
`);

interface Values {
  newEmail: string;
  password: string;
}

/**
 * The outcome is focused where the person is: the field the API refused, or the status
 * (the link sent, in place of the form; a refusal no field can show, above it).
 */
export function ChangeEmailForm() {
  const t = useTranslations("auth");
  const [sent, setSent] = useState(false);
  const { register, formState, setError, status, show, submit } = useServerForm<Values>({ defaultValues: { newEmail: "", password: "" } });
  const e = formState.errors;

  const onSubmit = submit(async (v) => {
    const newEmail = v.newEmail.trim();
    const res = await gqlClient(RequestEmailChange, { newEmail, password: v.password });
    if (!res.error) {
      setSent(true);
      return show("success", t("lifecycle.security.emailSent", { email: newEmail }));
    }
    const fields = res.error.fields ?? {};
    const focus = { shouldFocus: true };
    if (res.error.code === "CONFLICT") return setError("newEmail", { message: t("lifecycle.security.emailConflict") }, focus);
    if (fields.password) return setError("password", { message: t("lifecycle.security.wrongPassword") }, focus);
    if (fields.newEmail) return setError("newEmail", { message: t("lifecycle.security.sameEmail") }, focus);
    show("error", res.error.code === "RATE_LIMITED" ? t("signIn.rateLimited") : t("errors.generic"));
  });

  if (sent) return <ActionStatus status={status} />;
  return (
    <form className="form" onSubmit={onSubmit} noValidate method="post">
      <ActionStatus status={status} />
      <EmailField
        id="newEmail"
        label={t("lifecycle.security.newEmail")}
        error={e.newEmail?.message}
        registration={register("newEmail", requiredEmail(t("errors.required"), t("errors.email")))}
      />
      <CurrentPasswordField
        id="emailPassword"
        label={t("lifecycle.security.password")}
        error={e.password?.message}
        registration={register("password", { required: t("errors.required") })}
      />
      <SubmitButton submitting={formState.isSubmitting}>{t("lifecycle.security.emailSubmit")}</SubmitButton>
    </form>
  );
}
