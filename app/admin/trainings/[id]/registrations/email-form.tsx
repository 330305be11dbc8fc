"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField, TextField } from "../../../../components/forms/text-field";
import { graphql } from "../../../../lib/graphql-document";
import { gqlClient } from "../../../../lib/graphql-client";
import { SubmitButton } from "../../../../components/forms/submit-button";

const EmailRegistrantsMutation = graphql(`
  mutation EmailTrainingRegistrants($trainingId: ID!, $subject: String!, $body: String!) {
    emailTrainingRegistrants(trainingId: $trainingId, subject: $subject, body: $body)
  }
`);

export function EmailRegistrantsForm({ trainingId }: { trainingId: string }) {
  const t = useTranslations("trainings.admin");
  const [status, setStatus] = useState("");
  const { register, handleSubmit, formState, setError, reset } = useForm<{ subject: string; body: string }>({
    defaultValues: { subject: "", body: "" },
  });
  const onSubmit = async (v: { subject: string; body: string }) => {
    setStatus("");
    const res = await gqlClient(EmailRegistrantsMutation, { trainingId, ...v });
    if (res.error) {
      for (const [f, m] of Object.entries(res.error.fields ?? {})) if (f === "subject" || f === "body") setError(f, { message: m });
      return setStatus(res.error.message);
    }
    reset();
    setStatus(t("emailSent", { count: res.data.emailTrainingRegistrants }));
  };
  return (
    <section className="card no-print" aria-labelledby="email-heading" style={{ marginTop: "2rem" }}>
      <h2 id="email-heading">{t("emailHeading")}</h2>
      <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate>
        <TextField id="email-subject" label={t("emailSubject")} error={formState.errors.subject?.message} registration={register("subject", { required: true, minLength: 3, maxLength: 200 })} />
        <TextAreaField id="email-body" label={t("emailBody")} error={formState.errors.body?.message} rows={5} registration={register("body", { required: true, minLength: 3, maxLength: 10000 })} />
        <SubmitButton submitting={formState.isSubmitting}>{t("emailSend")}</SubmitButton>
        <p aria-live="polite">{status}</p>
      </form>
    </section>
  );
}
