"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionStatus } from "../../../components/forms/action-status";
import { useServerForm } from "../../../components/forms/server-form";
import { emptyOrRule, lengthRule, SelectField, TextAreaField, TextField } from "../../../components/forms/text-field";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";
import { isValidKrs, isValidNip } from "../../../../entities/identifiers";
import { DistrictOptions } from "../../../components/forms/district-options";
import { Options } from "../../../components/forms/options";
import { SubmitButton } from "../../../components/forms/submit-button";
import { PROFILE_SAVED } from "../profile-saved";

const UpdateProfileMutation = graphql(`
  mutation UpdateOrganizationProfile($id: ID!, $input: OrganizationProfileInput!) {
    updateOrganizationProfile(id: $id, input: $input) {
      id
      slug
    }
  }
`);

const LEGAL_FORMS = ["SOCIAL_COOPERATIVE", "ASSOCIATION", "FOUNDATION", "CIS", "KIS", "ZAZ", "WTZ", "NONPROFIT_COMPANY", "OTHER"] as const;
type LegalForm = (typeof LEGAL_FORMS)[number];

export interface ProfileValues {
  name: string;
  legalForm: LegalForm;
  krs: string;
  nip: string;
  address: string;
  district: string;
  description: string;
  email: string;
  phone: string;
  website: string;
  logoUrl: string;
  activities: string;
}

/** A member edits the organisation's directory profile; KRS/NIP are checked here and on the server. */
export function ProfileForm({ id, initial }: { id: string; initial: ProfileValues }) {
  const t = useTranslations("organizations");
  const router = useRouter();
  const { register, formState, status, show, submit, refused } = useServerForm<ProfileValues>({ defaultValues: initial }, null, PROFILE_SAVED);
  const e = formState.errors;
  const opt = (s: string) => s.trim() || null;
  const onSubmit = submit(async (v) => {
    const res = await gqlClient(UpdateProfileMutation, {
      id,
      input: {
        name: v.name.trim(),
        legalForm: v.legalForm,
        krs: opt(v.krs),
        nip: opt(v.nip),
        address: opt(v.address),
        district: opt(v.district),
        description: opt(v.description),
        email: opt(v.email),
        phone: opt(v.phone),
        website: opt(v.website),
        logoUrl: opt(v.logoUrl),
        activities: v.activities.split(",").map((a) => a.trim()).filter(Boolean),
      },
    });
    if (refused(res, (e) => (e.code === "CONFLICT" ? e.message : t("edit.error")))) return;
    show("success", t("edit.saved"));
    router.push(`/organizations/${res.data.updateOrganizationProfile.slug}`);
    router.refresh();
  });
  const text = (name: keyof ProfileValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextField id={`profile-${name}`} label={label} error={e[name]?.message} {...extra} registration={register(name)} />
  );
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ActionStatus status={status} />
      <TextField id="profile-name" label={t("search.name")} error={e.name?.message} registration={register("name", lengthRule(3, 200, t("edit.invalid")))} />
      <SelectField id="profile-legalForm" label={t("search.legalForm")} registration={register("legalForm")}>
        <Options values={LEGAL_FORMS} label={(f) => t(`legalForms.${f}`)} />
      </SelectField>
      <TextField
        id="profile-krs" label={t("profile.krs")} hint={t("edit.krsHint")} error={e.krs?.message} inputMode="numeric"
        registration={register("krs", emptyOrRule(isValidKrs, t("edit.krsInvalid")))}
      />
      <TextField
        id="profile-nip" label={t("profile.nip")} hint={t("edit.nipHint")} error={e.nip?.message} inputMode="numeric"
        registration={register("nip", emptyOrRule(isValidNip, t("edit.nipInvalid")))}
      />
      {text("address", t("profile.address"))}
      <SelectField id="profile-district" label={t("search.district")} registration={register("district")}>
        <DistrictOptions empty="—" />
      </SelectField>
      <TextAreaField id="profile-description" label={t("edit.description")} error={e.description?.message} rows={6} registration={register("description")} />
      {text("email", t("profile.email"), { type: "email" })}
      {text("phone", t("profile.phone"), { type: "tel" })}
      {text("website", t("profile.website"), { type: "url" })}
      {text("logoUrl", t("edit.logoUrl"), { type: "url" })}
      <TextField id="profile-activities" label={t("profile.activities")} hint={t("edit.activitiesHint")} error={e.activities?.message} registration={register("activities")} />
      <SubmitButton submitting={formState.isSubmitting}>{t("edit.save")}</SubmitButton>
    </form>
  );
}
