"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field } from "../../components/forms/field";
import { graphql } from "../../gql";
import { gqlClient } from "../../lib/graphql-client";

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [state, setState] = useState<"sent" | "error" | "rateLimited">();
  const { register, handleSubmit, formState } = useForm<{ email: string }>({ defaultValues: { email: "" } });

  const onSubmit = async (v: { email: string }) => {
    setState(undefined);
    const res = await gqlClient(RequestPasswordReset, { email: v.email.trim() });
    // The answer is the same whether or not the address has an account.
    setState(res.error ? (res.error.code === "RATE_LIMITED" ? "rateLimited" : "error") : "sent");
  };

  if (state === "sent") {
    return (
      <p className="alert alert-success" role="status">
        {t("lifecycle.forgot.sent")}
      </p>
    );
  }
  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate method="post">
      {state && (
        <div className="alert alert-error" role="alert">
          {state === "rateLimited" ? t("signIn.rateLimited") : t("errors.generic")}
        </div>
      )}
      <Field id="email" label={t("lifecycle.forgot.email")} error={formState.errors.email?.message}>
        {(a) => (
          <input
            {...a}
            type="email"
            autoComplete="email"
            {...register("email", {
              required: t("errors.required"),
              pattern: { value: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, message: t("errors.email") },
            })}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("lifecycle.forgot.submitting") : t("lifecycle.forgot.submit")}
      </button>
    </form>
  );
}
