"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field } from "../../components/forms/field";
import { graphql } from "../../gql";
import { gqlClient } from "../../lib/graphql-client";

const SendEnquiry = graphql(`
  mutation SendPremisesEnquiry($premisesId: ID!, $message: String!) {
    sendPremisesEnquiry(premisesId: $premisesId, message: $message) {
      id
    }
  }
`);

/** "I am interested": a PES member writes to the official in charge of the premises. */
export function EnquiryForm({ premisesId }: { premisesId: string }) {
  const t = useTranslations("premises.enquiry");
  const [status, setStatus] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<{ message: string }>({
    defaultValues: { message: "" },
  });

  const onSubmit = async ({ message }: { message: string }) => {
    setStatus(null);
    const res = await gqlClient(SendEnquiry, { premisesId, message: message.trim() });
    if (res.error) {
      if (res.error.code === "BAD_USER_INPUT" && res.error.fields?.message) {
        return setError("message", { message: t("errors.length") });
      }
      const key = res.error.code === "RATE_LIMITED" ? "errors.rateLimited" : res.error.code === "FORBIDDEN" ? "errors.forbidden" : "errors.generic";
      return setStatus({ kind: "error", text: t(key) });
    }
    reset({ message: "" });
    setStatus({ kind: "success", text: t("sent") });
  };

  return (
    <form className="form no-print" onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="enquiry-heading">
      <h2 id="enquiry-heading">{t("title")}</h2>
      <div aria-live="polite">
        {status && (
          <div className={`alert ${status.kind === "success" ? "alert-success" : "alert-error"}`} role={status.kind === "error" ? "alert" : "status"}>
            {status.text}
          </div>
        )}
      </div>
      <Field id="enquiry-message" label={t("message")} hint={t("hint")} error={formState.errors.message?.message}>
        {(a) => (
          <textarea
            {...a}
            rows={6}
            maxLength={3000}
            {...register("message", {
              validate: (v) => (v.trim().length >= 10 && v.trim().length <= 3000) || t("errors.length"),
            })}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("sending") : t("send")}
      </button>
    </form>
  );
}
