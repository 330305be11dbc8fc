"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useSavedForm } from "../../components/forms/server-form";
import { coordinateOrNull, parseDecimal } from "../../components/forms/coordinates";
import { CheckboxField, lengthRule, SelectField, TextAreaField, TextField } from "../../components/forms/text-field";
import { CoordinateFields, registerCoordinates } from "../../components/forms/coordinate-fields";
import { EMAIL_PATTERN } from "../../components/forms/email-field";
import { graphql } from "../../lib/graphql-document";
import type { PremisesCondition, PremisesInput, PremisesStatus, Utility } from "../../gql/graphql";
import { CODE_NOTE_LIMITS, PREMISES_CONDITIONS, UTILITIES } from "../../../entities/codes";
import { gqlClient } from "../../lib/graphql-client";
import { showServerFieldErrors } from "../../components/forms/server-errors";
import { DistrictOptions } from "../../components/forms/district-options";
import { Options } from "../../components/forms/options";
import { SubmitButton } from "../../components/forms/submit-button";
import { ChoiceInputs } from "../../components/forms/radio-group";
import { Fieldset } from "../../components/forms/fieldset";
import { ErrorAlert } from "../../components/forms/error-alert";

const CreateMutation = graphql(`mutation AdminCreatePremises($input: PremisesInput!) { createPremises(input: $input) { id } }`);
const UpdateMutation = graphql(`mutation AdminUpdatePremises($id: ID!, $input: PremisesInput!) { updatePremises(id: $id, input: $input) { id } }`);

export interface PremisesFormValues {
  code: string;
  address: string;
  district: string;
  areaM2: string;
  monthlyRent: string;
  status: PremisesStatus;
  stepFree: boolean;
  preferentialRent: boolean;
  description: string;
  latitude: string;
  longitude: string;
  floor: string;
  condition: PremisesCondition | "";
  conditionNote: string;
  utilities: Utility[];
  utilitiesNote: string;
  permittedUse: string;
  availableFrom: string;
  administrator: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export const EMPTY_PREMISES: PremisesFormValues = {
  code: "",
  address: "",
  district: "",
  areaM2: "",
  monthlyRent: "",
  status: "AVAILABLE",
  stepFree: false,
  preferentialRent: false,
  description: "",
  latitude: "",
  longitude: "",
  floor: "",
  condition: "",
  conditionNote: "",
  utilities: [],
  utilitiesNote: "",
  permittedUse: "",
  availableFrom: "",
  administrator: "Miejski Zarząd Nieruchomości w Toruniu",
  contactName: "",
  contactPhone: "",
  contactEmail: "",
};

const num = parseDecimal;
const blank = (v: string) => (v.trim() ? v.trim() : null);

/** Form values → the API input (Polish decimal commas accepted). */
export function toInput(v: PremisesFormValues): PremisesInput {
  return {
    code: blank(v.code),
    address: v.address.trim(),
    district: v.district,
    areaM2: num(v.areaM2),
    monthlyRent: num(v.monthlyRent),
    status: v.status,
    stepFree: v.stepFree,
    preferentialRent: v.preferentialRent,
    description: blank(v.description),
    latitude: coordinateOrNull(v.latitude),
    longitude: coordinateOrNull(v.longitude),
    floor: v.floor.trim() ? Number(v.floor) : null,
    condition: v.condition || null,
    conditionNote: blank(v.conditionNote),
    utilities: v.utilities,
    utilitiesNote: blank(v.utilitiesNote),
    permittedUse: blank(v.permittedUse),
    availableFrom: blank(v.availableFrom),
    administrator: blank(v.administrator),
    contactName: blank(v.contactName),
    contactPhone: blank(v.contactPhone),
    contactEmail: blank(v.contactEmail),
  };
}

const STATUSES: PremisesStatus[] = ["AVAILABLE", "RESERVED", "RENTED", "WITHDRAWN"];
const DECIMAL = /^\d+([.,]\d{1,2})?$/;

/** Create or edit premises; the API's field errors are shown next to the fields. */
export function PremisesForm({ id, initial }: { id?: string; initial: PremisesFormValues }) {
  const t = useTranslations("premises.admin.form");
  const ts = useTranslations("premises.status");
  const tc = useTranslations("premises.condition");
  const tu = useTranslations("premises.utility");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const { register, handleSubmit, formState, setError: setFieldError } = useSavedForm<PremisesFormValues>({ defaultValues: initial });
  const e = formState.errors;

  const onSubmit = async (v: PremisesFormValues) => {
    setError(undefined);
    const input = toInput(v);
    const res = id ? await gqlClient(UpdateMutation, { id, input }) : await gqlClient(CreateMutation, { input });
    if (res.error) {
      const refused = showServerFieldErrors(res.error, EMPTY_PREMISES, setFieldError, (key) => t(`server.${key}` as "server.address"));
      if (refused?.mapped) return setError(t("errors.fix"));
      if (res.error.code === "CONFLICT") return setFieldError("code", { message: t("errors.codeTaken") }, { shouldFocus: true });
      if (res.error.code === "NOT_FOUND") return setError(t("errors.notFound"));
      return setError(t("errors.generic"));
    }
    const newId = "createPremises" in res.data ? res.data.createPremises.id : id!;
    router.push(`/admin/premises?saved=${newId}`);
    router.refresh();
  };

  const req = { required: t("errors.required") };
  const tooLong = (max: number) => ({ maxLength: { value: max, message: t("errors.tooLong", { max }) } });
  const rules = {
    address: { ...req, ...lengthRule(3, 200, t("errors.addressLength")) },
    areaM2: { ...req, validate: (s: string) => (DECIMAL.test(s.trim()) && num(s) > 0 && num(s) <= 100000) || t("errors.area") },
    monthlyRent: { ...req, validate: (s: string) => (DECIMAL.test(s.trim()) && num(s) > 0 && num(s) <= 10_000_000) || t("errors.rent") },
    floor: { validate: (s: string) => !s.trim() || (/^-?\d+$/.test(s.trim()) && Number(s) >= -3 && Number(s) <= 50) || t("errors.floor") },
    contactPhone: { validate: (s: string) => !s.trim() || (/^[+\d][\d ()-]*$/.test(s.trim()) && s.trim().length <= 40) || t("errors.phone") },
    contactEmail: { validate: (s: string) => !s.trim() || EMAIL_PATTERN.test(s.trim()) || t("errors.email") },
  };
  const coordinateTexts = {
    legend: t("location"),
    latitude: t("latitude"),
    latitudeHint: t("latitudeHint"),
    longitude: t("longitude"),
    both: t("errors.bothCoordinates"),
    latitudeRange: t("errors.latitude"),
    longitudeRange: t("errors.longitude"),
  };
  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate>
      <div aria-live="assertive">
        <ErrorAlert>{error}</ErrorAlert>
      </div>
      <TextField id="p-address" label={t("address")} hint={t("addressHint")} error={e.address?.message} registration={register("address", rules.address)} />
      <SelectField id="p-district" label={t("district")} error={e.district?.message} registration={register("district", req)}>
        <DistrictOptions empty={t("choose")} />
      </SelectField>
      <TextField id="p-area" label={t("areaM2")} hint={t("decimalHint")} error={e.areaM2?.message} inputMode="decimal" registration={register("areaM2", rules.areaM2)} />
      <TextField id="p-rent" label={t("monthlyRent")} hint={t("decimalHint")} error={e.monthlyRent?.message} inputMode="decimal" registration={register("monthlyRent", rules.monthlyRent)} />
      <SelectField id="p-status" label={t("status")} error={e.status?.message} registration={register("status")}>
        <Options values={STATUSES} label={(s) => ts(s)} />
      </SelectField>
      <CheckboxField className="field" id="p-stepFree" label={t("stepFree")} registration={register("stepFree")} />
      <CheckboxField className="field" id="p-pref" label={t("preferentialRent")} registration={register("preferentialRent")} />
      <TextAreaField id="p-description" label={t("description")} error={e.description?.message} rows={5} registration={register("description", tooLong(5000))} />
      <CoordinateFields fields={registerCoordinates(register, coordinateTexts)} errors={e} ids={["p-lat", "p-lon"]} texts={coordinateTexts} />
      <TextField id="p-code" label={t("code")} error={e.code?.message} registration={register("code", tooLong(40))} />
      <TextField id="p-floor" label={t("floor")} hint={t("floorHint")} error={e.floor?.message} inputMode="numeric" registration={register("floor", rules.floor)} />
      <SelectField id="p-condition" label={t("condition")} error={e.condition?.message} registration={register("condition")}>
        <Options values={PREMISES_CONDITIONS} label={(c) => tc(c)} empty={t("conditionNone")} />
      </SelectField>
      <TextField id="p-condition-note" label={t("conditionNote")} error={e.conditionNote?.message} registration={register("conditionNote", tooLong(CODE_NOTE_LIMITS.premisesCondition))} />
      <Fieldset id="p-utilities" legend={t("utilities")} hint={t("utilitiesHint")}>
        <ChoiceInputs type="checkbox" idPrefix="p-utility" values={UTILITIES} label={(u) => tu(u)} registration={register("utilities")} />
        {e.utilities?.message && (
          <span className="error" role="alert">
            {e.utilities.message}
          </span>
        )}
      </Fieldset>
      <TextField id="p-utilities-note" label={t("utilitiesNote")} hint={t("utilitiesNoteHint")} error={e.utilitiesNote?.message} registration={register("utilitiesNote", tooLong(CODE_NOTE_LIMITS.utilities))} />
      <TextField id="p-use" label={t("permittedUse")} error={e.permittedUse?.message} registration={register("permittedUse", tooLong(200))} />
      <TextField id="p-from" label={t("availableFrom")} error={e.availableFrom?.message} type="date" registration={register("availableFrom")} />
      <TextField id="p-admin" label={t("administrator")} error={e.administrator?.message} registration={register("administrator", tooLong(200))} />
      <fieldset className="field">
        <legend>{t("contact")}</legend>
        <TextField id="p-cname" label={t("contactName")} error={e.contactName?.message} autoComplete="off" registration={register("contactName", tooLong(120))} />
        <TextField id="p-cphone" label={t("contactPhone")} error={e.contactPhone?.message} type="tel" registration={register("contactPhone", rules.contactPhone)} />
        <TextField id="p-cemail" label={t("contactEmail")} error={e.contactEmail?.message} type="email" registration={register("contactEmail", rules.contactEmail)} />
      </fieldset>
      <SubmitButton submitting={formState.isSubmitting} busyLabel={t("saving")}>
        {id ? t("save") : t("create")}
      </SubmitButton>
    </form>
  );
}
