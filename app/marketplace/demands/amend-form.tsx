"use client";
import { isFuture, warsawInstant } from "../../lib/dates";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionStatus } from "../../components/forms/action-status";
import { useServerForm } from "../../components/forms/server-form";
import { lengthRule, maxLengthRule, TextAreaField, TextField } from "../../components/forms/text-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { SubmitButton } from "../../components/forms/submit-button";

const AmendMutation = graphql(`mutation AmendDemand($id: ID!, $input: DemandAmendmentInput!) { amendDemand(id: $id, input: $input) { id } }`);

interface Values {
  note: string;
  description: string;
  deadline: string;
}

/**
 * The posting official's change of an open demand. Documents change through the uploader
 * above; the note tells everyone (and, by e-mail, those who offered) what changed.
 */
export function AmendForm({ demandId, description }: { demandId: string; description: string }) {
  const t = useTranslations("marketplace.amend");
  const router = useRouter();
  const { register, formState, status, show, submit, refused } = useServerForm<Values>({ defaultValues: { note: "", description, deadline: "" } });
  const e = formState.errors;
  const onSubmit = submit(async (v) => {
    const res = await gqlClient(AmendMutation, {
      id: demandId,
      input: {
        note: v.note.trim(),
        description: v.description.trim() === description.trim() ? null : v.description,
        deadline: v.deadline ? new Date(warsawInstant(v.deadline)).toISOString() : null,
      },
    });
    if (refused(res, (e) => (e.code === "CONFLICT" ? t("conflict") : t("error")))) return;
    show("success", t("saved"));
    router.refresh();
  });
  return (
    <details className="no-print">
      <summary>{t("open")}</summary>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ActionStatus status={status} />
        <TextAreaField id="amend-note" label={t("note")} hint={t("noteHint")} error={e.note?.message} rows={3} registration={register("note", lengthRule(3, 2000, t("noteLength")))} />
        <TextAreaField id="amend-description" label={t("description")} error={e.description?.message} rows={6} registration={register("description", maxLengthRule(10000, t("error")))} />
        <TextField
          id="amend-deadline" label={t("deadline")} hint={t("deadlineHint")} error={e.deadline?.message} type="datetime-local"
          registration={register("deadline", { validate: (s) => !s || isFuture(s) || t("deadlinePast") })}
        />
        <SubmitButton submitting={formState.isSubmitting}>{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}
