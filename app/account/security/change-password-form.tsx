"use client";
import { useTranslations } from "next-intl";
import { CurrentPasswordField } from "../../components/forms/current-password-field";
import { NewPasswordField, useNewPasswordField } from "../../components/forms/new-password-field";
import { ActionStatus } from "../../components/forms/action-status";
import { useServerForm } from "../../components/forms/server-form";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { SubmitButton } from "../../components/forms/submit-button";

const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

interface Values {
  currentPassword: string;
  newPassword: string;
}

/**
 * The API answer re-issues this browser's session cookie; every other session ends. The
 * outcome is focused: the refused field, or the status above the form.
 */
export function ChangePasswordForm({ email, name }: { email: string; name: string }) {
  const t = useTranslations("auth");
  const form = useServerForm<Values>({ defaultValues: { currentPassword: "", newPassword: "" } });
  const { register, formState, reset, setError, status, show, submit } = form;
  const newPassword = useNewPasswordField(form, "newPassword", [email, name]);

  const onSubmit = submit(async (v) => {
    const res = await gqlClient(ChangePassword, v);
    if (!res.error) {
      reset();
      return show("success", t("lifecycle.security.changed"));
    }
    const fields = res.error.fields ?? {};
    const focus = { shouldFocus: true };
    if (fields.currentPassword) return setError("currentPassword", { message: t("lifecycle.security.wrongPassword") }, focus);
    if (fields.newPassword) return setError("newPassword", { message: t("errors.passwordWeak") }, focus);
    show("error", res.error.code === "RATE_LIMITED" ? t("signIn.rateLimited") : t("errors.generic"));
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate method="post">
      <ActionStatus status={status} />
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
