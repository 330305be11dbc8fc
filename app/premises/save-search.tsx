"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { graphql } from "../lib/graphql-document";
import type { PremisesFilter } from "../gql/graphql";
import { gqlClient } from "../lib/graphql-client";
import { ActionStatus, useBusyAction } from "../components/forms/action-status";
import { Field } from "../components/forms/field";
import { DeleteByIdButton } from "../components/forms/action-button";

const SaveMutation = graphql(`
  mutation SavePremisesSearch($name: String!, $filter: PremisesFilter) {
    savePremisesSearch(name: $name, filter: $filter) {
      id
    }
  }
`);
const DeleteMutation = graphql(`mutation DeletePremisesSearch($id: ID!) { deletePremisesSearch(id: $id) }`);

/** "Alert me": saves the current filter; new or changed matching premises arrive by e-mail. */
export function SaveSearch({ filter, suggestedName }: { filter: PremisesFilter; suggestedName: string }) {
  const t = useTranslations("premises.alerts");
  const router = useRouter();
  const [name, setName] = useState(suggestedName);
  const { status, show, busy, run } = useBusyAction();
  return (
    <form
      className="no-print"
      onSubmit={async (e) => {
        e.preventDefault();
        const res = await run(() => gqlClient(SaveMutation, { name, filter }));
        if (res.error) return show("error", res.error.fields?.name ? t("limit") : t("failed"));
        show("success", t("saved"));
        router.refresh();
      }}
    >
      <Field id="alert-name" label={t("name")} hint={t("hint")} hintId="alert-hint">
        {(a) => <input {...a} value={name} maxLength={100} required onChange={(e) => setName(e.target.value)} />}
      </Field>
      <button type="submit" className="button button-secondary" disabled={busy || !name.trim()}>
        {t("save")}
      </button>
      <ActionStatus status={status} />
    </form>
  );
}

export function DeleteSavedSearch({ id, name }: { id: string; name: string }) {
  const t = useTranslations("premises.alerts");
  return (
    <DeleteByIdButton className="link-button" aria-label={t("deleteLabel", { name })} mutation={DeleteMutation} id={id} failed={t("deleteFailed")}>
      {t("delete")}
    </DeleteByIdButton>
  );
}
