"use client";
import { SubmitButton } from "../../components/forms/submit-button";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionStatus, useActionStatus } from "../../components/forms/action-status";
import { TextAreaField } from "../../components/forms/text-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";

const SendEnquiry = graphql(`
  mutation SendPremisesEnquiry($premisesId: ID!, $message: String!) {
    sendPremisesEnquiry(premisesId: $premisesId, message: $message) {
      id
    }
  }
`);

/** "I am interested": a PES member writes to the official in charge of the premises. */
export function EnquiryForm({ premisesId, recipient }: { premisesId: string; recipient: string | null }) {
  const t = useTranslations("premises.enquiry");
  const notice = useActionStatus();
  const [sent, setSent] = useState(false);
  const setStatus = (s: { kind: "success" | "error"; text: string } | null) => (s ? notice.show(s.kind, s.text) : notice.clear());
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
      const key =
        res.error.code === "RATE_LIMITED"
          ? "errors.rateLimited"
          : res.error.code === "FORBIDDEN"
            ? "errors.forbidden"
            : "errors.generic";
      return setStatus({ kind: "error", text: t(key) });
    }
    reset({ message: "" });
    setSent(true);
    // No refresh: the refreshed page would replace this form (and its confirmation)
    // with the "already enquired" notice; the next visit shows that.
    setStatus({ kind: "success", text: t("sent") });
  };

  return (
    <form className="form no-print" onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="enquiry-heading">
      <h2 id="enquiry-heading">{t("title")}</h2>
      {recipient && <p className="muted">{t("recipient", { name: recipient })}</p>}
      <ActionStatus status={notice.status} />
      <TextAreaField
        id="enquiry-message" label={t("message")} hint={t("hint")} error={formState.errors.message?.message} rows={6} maxLength={3000}
        registration={register("message", { validate: (v) => (v.trim().length >= 10 && v.trim().length <= 3000) || t("errors.length") })}
      />
      <SubmitButton submitting={formState.isSubmitting || sent}>{formState.isSubmitting ? t("sending") : t("send")}</SubmitButton>
    </form>
  );
}
