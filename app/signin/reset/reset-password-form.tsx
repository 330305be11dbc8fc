"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { NewPasswordField, useNewPasswordField } from "../../components/forms/new-password-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { SubmitButton } from "../../components/forms/submit-button";
import { ErrorAlert } from "../../components/forms/error-alert";

const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<"invalid" | "generic">();
  const form = useForm<{ newPassword: string }>({ defaultValues: { newPassword: "" } });
  const { handleSubmit, formState, setError: setFieldError } = form;
  const newPassword = useNewPasswordField(form, "newPassword", []);

  const onSubmit = async (v: { newPassword: string }) => {
    setError(undefined);
    const res = await gqlClient(ResetPassword, { token, newPassword: v.newPassword });
    if (!res.error) return router.push("/signin?reset=1");
    const fields = res.error.fields ?? {};
    if (fields.newPassword) return setFieldError("newPassword", { message: t("errors.passwordWeak") });
    setError(fields.token ? "invalid" : "generic");
  };

  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate method="post">
      <ErrorAlert>
        {error === "invalid" ? (
          <>
            {t("lifecycle.reset.invalid")} <Link href="/signin/forgot">{t("lifecycle.reset.again")}</Link>
          </>
        ) : (
          error && t("errors.generic")
        )}
      </ErrorAlert>
      <NewPasswordField id="newPassword" label={t("lifecycle.reset.newPassword")} {...newPassword} />
      <SubmitButton submitting={formState.isSubmitting} busyLabel={t("lifecycle.reset.submitting")}>
        {t("lifecycle.reset.submit")}
      </SubmitButton>
    </form>
  );
}
