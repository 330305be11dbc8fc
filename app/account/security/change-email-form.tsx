"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { CurrentPasswordField } from "../../components/forms/current-password-field";
import { EmailField, requiredEmail } from "../../components/forms/email-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { SubmitButton } from "../../components/forms/submit-button";
import { ErrorAlert } from "../../components/forms/error-alert";

const RequestEmailChange = graphql(`
  mutation RequestEmailChange($newEmail: String!, $password: String!) {
    requestEmailChange(newEmail: $newEmail, password: $password)
  }
`);

interface Values {
  newEmail: string;
  password: string;
}

export function ChangeEmailForm() {
  const t = useTranslations("auth");
  const [sentTo, setSentTo] = useState<string>();
  const [error, setErrorState] = useState<string>();
  const { register, handleSubmit, formState, setError } = useForm<Values>({ defaultValues: { newEmail: "", password: "" } });
  const e = formState.errors;

  const onSubmit = async (v: Values) => {
    setErrorState(undefined);
    const newEmail = v.newEmail.trim();
    const res = await gqlClient(RequestEmailChange, { newEmail, password: v.password });
    if (!res.error) return setSentTo(newEmail);
    const fields = res.error.fields ?? {};
    if (res.error.code === "CONFLICT") return setError("newEmail", { message: t("lifecycle.security.emailConflict") });
    if (fields.password) return setError("password", { message: t("lifecycle.security.wrongPassword") });
    if (fields.newEmail) return setError("newEmail", { message: t("lifecycle.security.sameEmail") });
    setErrorState(res.error.code === "RATE_LIMITED" ? t("signIn.rateLimited") : t("errors.generic"));
  };

  if (sentTo) {
    return (
      <p className="alert alert-success" role="status">
        {t("lifecycle.security.emailSent", { email: sentTo })}
      </p>
    );
  }
  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate method="post">
      <ErrorAlert>{error}</ErrorAlert>
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
