"use client";
import { useTranslations } from "next-intl";
import { ActionStatus, useActionStatus } from "../../../components/forms/action-status";
import { useSavedForm } from "../../../components/forms/server-form";
import { lengthRule, maxLengthRule, TextAreaField, TextField } from "../../../components/forms/text-field";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";
import { PARTNER_LIMITS } from "../../../../entities/limits";
import { SubmitButton } from "../../../components/forms/submit-button";

const CreatePartnerMutation = graphql(`mutation CreateProgrammePartner($input: ProgrammePartnerInput!) { createProgrammePartner(input: $input) { id } }`);
const UpdatePartnerMutation = graphql(`
  mutation UpdateProgrammePartner($id: ID!, $input: ProgrammePartnerInput!) {
    updateProgrammePartner(id: $id, input: $input) { id }
  }
`);

// Only http(s) links: the server refuses javascript:, data: and the like as well.
const URL_RE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export interface PartnerValues {
  name: string;
  url: string;
  description: string;
}

/** Adds a partner (without `partnerId`) or changes one; `onSaved` gets the partner's id. */
export function PartnerForm({
  partnerId,
  initial,
  onSaved,
  idPrefix = "partner",
}: {
  partnerId?: string;
  initial?: PartnerValues;
  onSaved: (id: string) => void;
  idPrefix?: string;
}) {
  const t = useTranslations("programme.admin.partners");
  const { status, show, clear } = useActionStatus();
  const { register, handleSubmit, formState, setError: setFieldError, reset } = useSavedForm<PartnerValues>({
    defaultValues: initial ?? { name: "", url: "", description: "" },
  });
  const e = formState.errors;

  const onSubmit = async (v: PartnerValues) => {
    clear();
    const input = { name: v.name.trim(), url: v.url.trim(), description: v.description.trim() || null };
    const res = partnerId ? await gqlClient(UpdatePartnerMutation, { id: partnerId, input }) : await gqlClient(CreatePartnerMutation, { input });
    if (res.error) {
      const f = res.error.fields ?? {};
      if (f.name) setFieldError("name", { message: t("errors.name") });
      if (f.url) setFieldError("url", { message: t("errors.url") });
      if (f.description) setFieldError("description", { message: t("errors.description") });
      if (!f.name && !f.url && !f.description) show("error", t("errors.generic"));
      return;
    }
    const id = res.data && "createProgrammePartner" in res.data ? res.data.createProgrammePartner.id : partnerId!;
    if (!partnerId) reset({ name: "", url: "", description: "" });
    onSaved(id);
  };

  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={partnerId ? t("editLabel", { name: initial?.name ?? "" }) : t("add")}>
      <ActionStatus status={status} />
      <TextField id={`${idPrefix}-name`} label={t("name")} error={e.name?.message} registration={register("name", lengthRule(PARTNER_LIMITS.nameMin, PARTNER_LIMITS.nameMax, t("errors.name")))} />
      <TextField
        id={`${idPrefix}-url`} label={t("url")} hint={t("urlHint")} error={e.url?.message} type="url" inputMode="url"
        registration={register("url", { validate: (s) => (URL_RE.test(s.trim()) && s.trim().length <= PARTNER_LIMITS.urlMax) || t("errors.url") })}
      />
      <TextAreaField
        id={`${idPrefix}-description`} label={t("description")} error={e.description?.message} rows={2}
        registration={register("description", maxLengthRule(PARTNER_LIMITS.descriptionMax, t("errors.description")))}
      />
      <SubmitButton submitting={formState.isSubmitting}>{partnerId ? t("save") : t("add")}</SubmitButton>
    </form>
  );
}
