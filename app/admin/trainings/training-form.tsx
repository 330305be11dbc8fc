"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useSavedForm } from "../../components/forms/server-form";
import { useRouter } from "next/navigation";
import { coordinateOrNull } from "../../components/forms/coordinates";
import { decimalText } from "../../lib/form-values";
import { CheckboxField, TextAreaField, TextField } from "../../components/forms/text-field";
import { CoordinateFields, registerCoordinates } from "../../components/forms/coordinate-fields";
import { graphql } from "../../lib/graphql-document";
import type { Audience, TrainingKind } from "../../gql/graphql";
import { gqlClient } from "../../lib/graphql-client";
import { isoToWarsawLocal, warsawLocalToIso } from "../../trainings/format";
import { showServerFieldErrors } from "../../components/forms/server-errors";
import { ChoiceInputs, RadioGroup } from "../../components/forms/radio-group";
import { SubmitButton } from "../../components/forms/submit-button";
import { ErrorAlert } from "../../components/forms/error-alert";

const CreateTrainingMutation = graphql(`mutation CreateTrainingForm($input: TrainingInput!) { createTraining(input: $input) { id } }`);

const UpdateTrainingMutation = graphql(`mutation UpdateTrainingForm($id: ID!, $input: TrainingInput!) { updateTraining(id: $id, input: $input) { id } }`);

export interface TrainingFormInitial {
  id: string;
  kind: TrainingKind;
  title: string;
  description?: string | null;
  venue: string;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  onlineUrl?: string | null;
  startsAt: string;
  endsAt: string;
  registrationDeadline?: string | null;
  capacity: number;
  audience: Audience[];
  officialsQuota?: number | null;
  pesQuota?: number | null;
  residentsQuota?: number | null;
  topics: string[];
  trainers: string[];
  host?: string | null;
  consentText?: string | null;
  askDietary: boolean;
  askAccessibility: boolean;
}

interface Values {
  kind: TrainingKind;
  title: string;
  description: string;
  venue: string;
  address: string;
  latitude: string;
  longitude: string;
  onlineUrl: string;
  startsAt: string;
  endsAt: string;
  registrationDeadline: string;
  capacity: string;
  audience: Audience[];
  officialsQuota: string;
  pesQuota: string;
  residentsQuota: string;
  topics: string;
  trainers: string;
  host: string;
  consentText: string;
  askDietary: boolean;
  askAccessibility: boolean;
}

const AUDIENCES: Audience[] = ["OFFICIALS", "PES", "RESIDENTS"];
const QUOTA: Record<Audience, "officialsQuota" | "pesQuota" | "residentsQuota"> = {
  OFFICIALS: "officialsQuota",
  PES: "pesQuota",
  RESIDENTS: "residentsQuota",
};

const intOrNull = (s: string) => (s.trim() === "" ? null : Number(s));
const list = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean);

/**
 * Create / edit form. The server's rules (dates in order, capacity ≥ 1, quotas within the
 * capacity) are repeated here only for quick feedback; the server's BAD_USER_INPUT fields
 * are mapped back onto the same inputs.
 */
export function TrainingForm({ initial }: { initial?: TrainingFormInitial }) {
  const t = useTranslations("trainings.admin.form");
  const ta = useTranslations("trainings.audience");
  const tk = useTranslations("trainings.kind");
  const locale = useLocale();
  const [error, setError] = useState("");
  const router = useRouter();
  const { register, handleSubmit, formState, setError: setFieldError, control } = useSavedForm<Values>({
    defaultValues: {
      kind: initial?.kind ?? "TRAINING",
      title: initial?.title ?? "",
      description: initial?.description ?? "",
      venue: initial?.venue ?? "",
      address: initial?.address ?? "",
      // Written the way the pages show them (53,01486 in Polish); the fields read both.
      latitude: decimalText(initial?.latitude, locale),
      longitude: decimalText(initial?.longitude, locale),
      onlineUrl: initial?.onlineUrl ?? "",
      startsAt: isoToWarsawLocal(initial?.startsAt),
      endsAt: isoToWarsawLocal(initial?.endsAt),
      registrationDeadline: isoToWarsawLocal(initial?.registrationDeadline),
      capacity: initial ? String(initial.capacity) : "20",
      audience: initial?.audience ?? ["OFFICIALS", "PES"],
      officialsQuota: initial?.officialsQuota?.toString() ?? "",
      pesQuota: initial?.pesQuota?.toString() ?? "",
      residentsQuota: initial?.residentsQuota?.toString() ?? "",
      topics: initial?.topics.join(", ") ?? "",
      trainers: initial?.trainers.join(", ") ?? "",
      host: initial?.host ?? "",
      consentText: initial?.consentText ?? "",
      askDietary: initial?.askDietary ?? false,
      askAccessibility: initial?.askAccessibility ?? true,
    },
  });
  const e = formState.errors;
  const audience = useWatch({ control, name: "audience" }) ?? [];

  const onSubmit = async (v: Values) => {
    setError("");
    const startsAt = warsawLocalToIso(v.startsAt);
    const endsAt = warsawLocalToIso(v.endsAt);
    if (!startsAt) return setFieldError("startsAt", { message: t("required") });
    if (!endsAt) return setFieldError("endsAt", { message: t("required") });
    // The server's rules for the order of the dates, checked here in the page's language
    // (its messages are English, and showed so under the fields).
    const focus = { shouldFocus: true };
    if (Date.parse(endsAt) <= Date.parse(startsAt)) return setFieldError("endsAt", { message: t("endsBeforeStart") }, focus);
    const deadline = v.registrationDeadline ? warsawLocalToIso(v.registrationDeadline) : null;
    if (deadline && Date.parse(deadline) > Date.parse(startsAt)) return setFieldError("registrationDeadline", { message: t("deadlineAfterStart") }, focus);
    const input = {
      kind: v.kind,
      title: v.title,
      description: v.description || null,
      venue: v.venue,
      address: v.address || null,
      latitude: coordinateOrNull(v.latitude),
      longitude: coordinateOrNull(v.longitude),
      onlineUrl: v.onlineUrl || null,
      startsAt,
      endsAt,
      registrationDeadline: deadline,
      capacity: Number(v.capacity),
      audience: v.audience,
      officialsQuota: v.audience.includes("OFFICIALS") ? intOrNull(v.officialsQuota) : null,
      pesQuota: v.audience.includes("PES") ? intOrNull(v.pesQuota) : null,
      residentsQuota: v.audience.includes("RESIDENTS") ? intOrNull(v.residentsQuota) : null,
      topics: list(v.topics),
      trainers: list(v.trainers),
      host: v.host || null,
      consentText: v.consentText || null,
      askDietary: v.askDietary,
      askAccessibility: v.askAccessibility,
    };
    const res = initial
      ? await gqlClient(UpdateTrainingMutation, { id: initial.id, input })
      : await gqlClient(CreateTrainingMutation, { input });
    if (res.error) {
      if (showServerFieldErrors(res.error, input, setFieldError)) return setError(t("error"));
      return setError(res.error.message);
    }
    const id = "createTraining" in res.data ? res.data.createTraining.id : initial!.id;
    router.push(`/admin/trainings/${id}/registrations?saved=1`);
  };

  const coordinateTexts = {
    legend: t("location"),
    latitude: t("latitude"),
    latitudeHint: t("latitudeHint"),
    longitude: t("longitude"),
    both: t("bothCoordinates"),
    latitudeRange: t("latitudeRange"),
    longitudeRange: t("longitudeRange"),
  };
  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate>
      <ErrorAlert>{error}</ErrorAlert>
      <RadioGroup
        legend={t("kind")}
        idPrefix="kind"
        values={["TRAINING", "MEETING"] as const}
        label={(k) => tk(k)}
        registration={register("kind")}
      />
      <TextField id="title" label={t("title")} error={e.title?.message} registration={register("title", { required: t("required"), maxLength: 300 })} />
      <TextAreaField id="description" label={t("description")} error={e.description?.message} rows={6} registration={register("description")} />
      <TextField id="venue" label={t("venue")} error={e.venue?.message} registration={register("venue", { required: t("required") })} />
      <TextField id="address" label={t("address")} error={e.address?.message} registration={register("address")} />
      <CoordinateFields fields={registerCoordinates(register, coordinateTexts)} errors={e} ids={["latitude", "longitude"]} texts={coordinateTexts} />
      <TextField id="onlineUrl" label={t("onlineUrl")} hint={t("onlineUrlHint")} error={e.onlineUrl?.message} type="url" registration={register("onlineUrl")} />
      <TextField id="startsAt" label={t("startsAt")} hint={t("timezoneHint")} error={e.startsAt?.message} type="datetime-local" registration={register("startsAt", { required: t("required") })} />
      <TextField id="endsAt" label={t("endsAt")} error={e.endsAt?.message} type="datetime-local" registration={register("endsAt", { required: t("required") })} />
      <TextField id="registrationDeadline" label={t("registrationDeadline")} error={e.registrationDeadline?.message} type="datetime-local" registration={register("registrationDeadline")} />
      <TextField id="capacity" label={t("capacity")} error={e.capacity?.message} type="number" min={1} step={1} registration={register("capacity", { required: t("required") })} />
      <fieldset className="field" aria-describedby={e.audience ? "audience-error" : undefined}>
        <legend>{t("audience")}</legend>
        <ChoiceInputs type="checkbox" idPrefix="aud" values={AUDIENCES} label={(a) => ta(a)} registration={register("audience")} />
        {e.audience && (
          <span id="audience-error" className="error" role="alert">
            {e.audience.message}
          </span>
        )}
      </fieldset>
      <fieldset className="field">
        <legend>{t("quotas")}</legend>
        <span className="hint">{t("quotasHint")}</span>
        {AUDIENCES.filter((a) => audience.includes(a)).map((a) => (
          <TextField key={a} id={QUOTA[a]} label={t(QUOTA[a])} error={e[QUOTA[a]]?.message} type="number" min={0} step={1} registration={register(QUOTA[a])} />
        ))}
      </fieldset>
      <TextField id="topics" label={t("topics")} error={e.topics?.message} registration={register("topics")} />
      <TextField id="trainers" label={t("trainers")} error={e.trainers?.message} registration={register("trainers")} />
      <TextField id="host" label={t("host")} error={e.host?.message} registration={register("host")} />
      <TextAreaField id="consentText" label={t("consentText")} error={e.consentText?.message} rows={3} registration={register("consentText")} />
      <CheckboxField id="askDietary" label={t("askDietary")} registration={register("askDietary")} />
      <CheckboxField id="askAccessibility" label={t("askAccessibility")} registration={register("askAccessibility")} />
      <SubmitButton submitting={formState.isSubmitting} busyLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
