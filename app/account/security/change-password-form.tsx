"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { CurrentPasswordField } from "../../components/forms/current-password-field";
import { NewPasswordField, useNewPasswordField } from "../../components/forms/new-password-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { SubmitButton } from "../../components/forms/submit-button";
import { ErrorAlert } from "../../components/forms/error-alert";

const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

interface Values {
  currentPassword: string;
  newPassword: string;
}

/** The API answer re-issues this browser's session cookie; every other session ends. */
export function ChangePasswordForm({ email, name }: { email: string; name: string }) {
  const t = useTranslations("auth");
  const [changed, setChanged] = useState(false);
  const [error, setErrorText] = useState<string>();
  const form = useForm<Values>({ defaultValues: { currentPassword: "", newPassword: "" } });
  const { register, handleSubmit, formState, reset, setError } = form;
  const newPassword = useNewPasswordField(form, "newPassword", [email, name]);

  const onSubmit = async (v: Values) => {
    setChanged(false);
    setErrorText(undefined);
    const res = await gqlClient(ChangePassword, v);
    if (!res.error) {
      reset();
      return setChanged(true);
    }
    const fields = res.error.fields ?? {};
    if (fields.currentPassword) return setError("currentPassword", { message: t("lifecycle.security.wrongPassword") });
    if (fields.newPassword) return setError("newPassword", { message: t("errors.passwordWeak") });
    setErrorText(res.error.code === "RATE_LIMITED" ? t("signIn.rateLimited") : t("errors.generic"));
  };

  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate method="post">
      {changed && (
        <p className="alert alert-success" role="status">
          {t("lifecycle.security.changed")}
        </p>
      )}
      <ErrorAlert>{error}</ErrorAlert>
      <CurrentPasswordField
        id="currentPassword"
        label={t("lifecycle.security.currentPassword")}
        error={formState.errors.currentPassword?.message}
        registration={register("currentPassword", { required: t("errors.required") })}
      />
      <NewPasswordField id="newPassword" label={t("lifecycle.security.newPassword")} {...newPassword} />
      <SubmitButton submitting={formState.isSubmitting} busyLabel={t("lifecycle.security.submitting")}>
        {t("lifecycle.security.submit")}
      </SubmitButton>
    </form>
  );
}
