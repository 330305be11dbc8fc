"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useRouter } from "next/navigation";
import { checkCoordinate, coordinateOrNull } from "../../components/forms/coordinates";
import { Field } from "../../components/forms/field";
import { graphql } from "../../lib/graphql-document";
import type { Audience, TrainingKind } from "../../gql/graphql";
import { gqlClient } from "../../lib/graphql-client";
import { isoToWarsawLocal, warsawLocalToIso } from "../../trainings/format";
import { showServerFieldErrors } from "../../components/forms/server-errors";
import { ChoiceInputs, RadioGroup } from "../../components/forms/radio-group";
import { SubmitButton } from "../../components/forms/submit-button";
import { ErrorAlert } from "../../components/forms/error-alert";

const CreateTrainingMutation = graphql(`
  mutation CreateTrainingForm($input: TrainingInput!) {
    createTraining(input: $input) {
      id
    }
  }
`);

const UpdateTrainingMutation = graphql(`
  mutation UpdateTrainingForm($id: ID!, $input: TrainingInput!) {
    updateTraining(id: $id, input: $input) {
      id
    }
  }
`);

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
  const [error, setError] = useState("");
  const router = useRouter();
  const { register, handleSubmit, formState, setError: setFieldError, control } = useForm<Values>({
    defaultValues: {
      kind: initial?.kind ?? "TRAINING",
      title: initial?.title ?? "",
      description: initial?.description ?? "",
      venue: initial?.venue ?? "",
      address: initial?.address ?? "",
      latitude: initial?.latitude?.toString() ?? "",
      longitude: initial?.longitude?.toString() ?? "",
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
      registrationDeadline: v.registrationDeadline ? warsawLocalToIso(v.registrationDeadline) : null,
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
      <Field id="title" label={t("title")} error={e.title?.message}>
        {(a) => <input {...a} {...register("title", { required: t("required"), maxLength: 300 })} />}
      </Field>
      <Field id="description" label={t("description")} error={e.description?.message}>
        {(a) => <textarea {...a} rows={6} {...register("description")} />}
      </Field>
      <Field id="venue" label={t("venue")} error={e.venue?.message}>
        {(a) => <input {...a} {...register("venue", { required: t("required") })} />}
      </Field>
      <Field id="address" label={t("address")} error={e.address?.message}>
        {(a) => <input {...a} {...register("address")} />}
      </Field>
      <fieldset className="field">
        <legend>{t("location")}</legend>
        <Field id="latitude" label={t("latitude")} hint={t("latitudeHint")} error={e.latitude?.message}>
          {(a) => (
            <input
              {...a}
              inputMode="decimal"
              {...register("latitude", {
                validate: (s, all) => checkCoordinate(s, all.longitude, "latitude", { both: t("bothCoordinates"), range: t("latitudeRange") }),
              })}
            />
          )}
        </Field>
        <Field id="longitude" label={t("longitude")} error={e.longitude?.message}>
          {(a) => (
            <input
              {...a}
              inputMode="decimal"
              {...register("longitude", {
                validate: (s, all) => checkCoordinate(s, all.latitude, "longitude", { both: t("bothCoordinates"), range: t("longitudeRange") }),
              })}
            />
          )}
        </Field>
      </fieldset>
      <Field id="onlineUrl" label={t("onlineUrl")} hint={t("onlineUrlHint")} error={e.onlineUrl?.message}>
        {(a) => <input {...a} type="url" {...register("onlineUrl")} />}
      </Field>
      <Field id="startsAt" label={t("startsAt")} hint={t("timezoneHint")} error={e.startsAt?.message}>
        {(a) => <input {...a} type="datetime-local" {...register("startsAt", { required: t("required") })} />}
      </Field>
      <Field id="endsAt" label={t("endsAt")} error={e.endsAt?.message}>
        {(a) => <input {...a} type="datetime-local" {...register("endsAt", { required: t("required") })} />}
      </Field>
      <Field id="registrationDeadline" label={t("registrationDeadline")} error={e.registrationDeadline?.message}>
        {(a) => <input {...a} type="datetime-local" {...register("registrationDeadline")} />}
      </Field>
      <Field id="capacity" label={t("capacity")} error={e.capacity?.message}>
        {(a) => <input {...a} type="number" min={1} step={1} {...register("capacity", { required: t("required") })} />}
      </Field>
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
          <Field key={a} id={QUOTA[a]} label={t(QUOTA[a])} error={e[QUOTA[a]]?.message}>
            {(p) => <input {...p} type="number" min={0} step={1} {...register(QUOTA[a])} />}
          </Field>
        ))}
      </fieldset>
      <Field id="topics" label={t("topics")} error={e.topics?.message}>
        {(a) => <input {...a} {...register("topics")} />}
      </Field>
      <Field id="trainers" label={t("trainers")} error={e.trainers?.message}>
        {(a) => <input {...a} {...register("trainers")} />}
      </Field>
      <Field id="host" label={t("host")} error={e.host?.message}>
        {(a) => <input {...a} {...register("host")} />}
      </Field>
      <Field id="consentText" label={t("consentText")} error={e.consentText?.message}>
        {(a) => <textarea {...a} rows={3} {...register("consentText")} />}
      </Field>
      <div className="field-inline">
        <input type="checkbox" id="askDietary" {...register("askDietary")} />
        <label htmlFor="askDietary">{t("askDietary")}</label>
      </div>
      <div className="field-inline">
        <input type="checkbox" id="askAccessibility" {...register("askAccessibility")} />
        <label htmlFor="askAccessibility">{t("askAccessibility")}</label>
      </div>
      <SubmitButton submitting={formState.isSubmitting} busyLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
