"use client";
import { useTranslations } from "next-intl";
import { isValidKrs, isValidNip } from "../../entities/identifiers";
import { emptyOrRule, maxLengthRule, SelectField, TextAreaField, TextField } from "../components/forms/text-field";
import { EmailField, EMAIL_PATTERN } from "../components/forms/email-field";
import { graphql } from "../lib/graphql-document";
import type { LegalForm } from "../gql/graphql";
import { gqlClient } from "../lib/graphql-client";
import { HeadedForm } from "../components/forms/headed-form";
import { useServerForm } from "../components/forms/server-form";
import { DistrictOptions } from "../components/forms/district-options";
import { Options } from "../components/forms/options";
import { SubmitButton } from "../components/forms/submit-button";

const RegisterOrganization = graphql(`
  mutation AccountRegisterOrganization($input: OrganizationRegistrationInput!) {
    registerOrganization(input: $input) {
      id
      name
      verified
    }
  }
`);

export interface OrganizationValues {
  name: string;
  legalForm: LegalForm | "";
  nip: string;
  krs: string;
  address: string;
  district: string;
  email: string;
  description: string;
}

const LEGAL_FORMS: LegalForm[] = [
  "SOCIAL_COOPERATIVE",
  "ASSOCIATION",
  "FOUNDATION",
  "CIS",
  "KIS",
  "ZAZ",
  "WTZ",
  "NONPROFIT_COMPANY",
  "OTHER",
];
const orNull = (s: string) => (s.trim() ? s.trim() : null);

/**
 * Adds an organisation to the directory. The rules mirror OrganizationRegistrationInput
 * (server/modules/organizations/organizations.inputs.ts) and use the same NIP/KRS checks;
 * whatever the server still refuses comes back per field.
 */
export function OrganizationForm({ onCreated, onCancel }: { onCreated: () => void; onCancel?: () => void }) {
  const t = useTranslations("auth.account.orgForm");
  const { register, formState, status, show, submit, refused } = useServerForm<OrganizationValues>({
    defaultValues: { name: "", legalForm: "", nip: "", krs: "", address: "", district: "", email: "", description: "" },
  });
  const e = formState.errors;

  const onSubmit = submit(async (v) => {
    const res = await gqlClient(RegisterOrganization, {
      input: {
        name: v.name.trim(),
        legalForm: v.legalForm as LegalForm,
        nip: orNull(v.nip.replace(/[\s-]/g, "")),
        krs: orNull(v.krs.replace(/\s/g, "")),
        address: orNull(v.address),
        district: orNull(v.district),
        email: orNull(v.email),
        description: orNull(v.description),
      },
    });
    if (refused(res, (e) => (e.code === "CONFLICT" ? t("conflict") : t("errors.generic")))) return;
    show("success", t("created"));
    onCreated();
  });

  return (
    <HeadedForm id="org-form-heading" heading={t("title")} level={3} lead={t("lead")} status={status} onSubmit={onSubmit}>
      <TextField
        id="org-name" label={t("name")} error={e.name?.message} autoComplete="organization"
        registration={register("name", { validate: (s) => (s.trim() ? (s.trim().length >= 3 && s.trim().length <= 200) || t("errors.nameLength") : t("errors.required")) })}
      />
      <SelectField id="org-legal-form" label={t("legalForm")} error={e.legalForm?.message} registration={register("legalForm", { required: t("errors.required") })}>
        <Options values={LEGAL_FORMS} label={(f) => t(`legalForms.${f}`)} empty={t("choose")} />
      </SelectField>
      <TextField id="org-nip" label={t("nip")} hint={t("nipHint")} error={e.nip?.message} inputMode="numeric" registration={register("nip", emptyOrRule(isValidNip, t("errors.nip")))} />
      <TextField id="org-krs" label={t("krs")} hint={t("krsHint")} error={e.krs?.message} inputMode="numeric" registration={register("krs", emptyOrRule(isValidKrs, t("errors.krs")))} />
      <TextField
        id="org-address" label={t("address")} error={e.address?.message} autoComplete="street-address"
        registration={register("address", maxLengthRule(200, t("errors.tooLong", { max: 200 })))}
      />
      <SelectField id="org-district" label={t("district")} error={e.district?.message} registration={register("district")}>
        <DistrictOptions empty={t("choose")} />
      </SelectField>
      <EmailField
        id="org-email"
        label={t("email")}
        error={e.email?.message}
        registration={register("email", {
          validate: (s) => !s.trim() || (EMAIL_PATTERN.test(s.trim()) && s.trim().length <= 254) || t("errors.email"),
        })}
      />
      <TextAreaField
        id="org-description" label={t("description")} error={e.description?.message} rows={5}
        registration={register("description", maxLengthRule(5000, t("errors.tooLong", { max: 5000 })))}
      />
      <div className="button-row">
        <SubmitButton submitting={formState.isSubmitting} busyLabel={t("submitting")}>{t("submit")}</SubmitButton>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
    </HeadedForm>
  );
}
