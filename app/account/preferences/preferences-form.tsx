"use client";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ActionStatus, useActionStatus } from "../../components/forms/action-status";
import { graphql } from "../../lib/graphql-document";
import type { NotificationDelivery, NotificationKind } from "../../gql/graphql";
import { gqlClient } from "../../lib/graphql-client";
import { Options } from "../../components/forms/options";
import { SubmitButton } from "../../components/forms/submit-button";

const SetPreference = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {
    setNotificationPreference(input: { kind: $kind, delivery: $delivery }) { kind delivery }
  }
`);

type Values = Record<string, NotificationDelivery>;

const DELIVERIES: NotificationDelivery[] = ["IMMEDIATE", "DAILY", "WEEKLY", "NEVER"];

/** A choice per kind (immediately, daily, weekly, never); only the changed kinds are saved. */
export function PreferencesForm({ preferences }: { preferences: { kind: NotificationKind; delivery: NotificationDelivery }[] }) {
  const t = useTranslations("notifications");
  const { status, show, clear } = useActionStatus();
  const initial = Object.fromEntries(preferences.map((p) => [p.kind, p.delivery])) as Values;
  const { register, handleSubmit, formState, reset } = useForm<Values>({ defaultValues: initial });
  const onSubmit = handleSubmit(async (values) => {
    clear();
    for (const p of preferences) {
      if (values[p.kind] === (formState.defaultValues?.[p.kind] ?? p.delivery)) continue;
      const res = await gqlClient(SetPreference, { kind: p.kind, delivery: values[p.kind] });
      if (res.error) return show("error", t("failed"));
    }
    reset(values);
    show("success", t("preferences.saved"));
  });
  return (
    <form onSubmit={onSubmit} className="stack">
      {preferences.map((p) => (
        <div key={p.kind} className="field">
          <label htmlFor={`pref-${p.kind}`}>{t(`kinds.${p.kind}`)}</label>
          <select id={`pref-${p.kind}`} defaultValue={p.delivery} {...register(p.kind)}>
            <Options values={DELIVERIES} label={(d) => t(`preferences.deliveries.${d}`)} />
          </select>
        </div>
      ))}
      <ActionStatus status={status} />
      <SubmitButton submitting={formState.isSubmitting}>{t("preferences.save")}</SubmitButton>
    </form>
  );
}
