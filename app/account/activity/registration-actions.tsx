"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionStatus, useActionStatus } from "../../components/forms/action-status";
import { graphql } from "../../gql";
import { gqlClient } from "../../lib/graphql-client";

const CancelMutation = graphql(`
  mutation CancelRegistrationFromActivity($trainingId: ID!) {
    cancelRegistration(trainingId: $trainingId) {
      id
      status
    }
  }
`);

/**
 * Cancel one's place from Moje sprawy. The row stays where it is with its new state
 * and a visible, focused confirmation (a refresh would only reorder nothing).
 */
export function CancelRegistrationButton({ trainingId, title }: { trainingId: string; title: string }) {
  const t = useTranslations("activity.registrations");
  const { status, show } = useActionStatus();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const cancel = async () => {
    if (!window.confirm(t("cancelConfirm", { title }))) return;
    setBusy(true);
    const res = await gqlClient(CancelMutation, { trainingId });
    setBusy(false);
    if (res.error) return show("error", res.error.code === "FORBIDDEN" ? res.error.message : t("cancelFailed"));
    setDone(true);
    show("success", t("cancelled", { title }));
  };
  return (
    <div className="stack">
      {!done && (
        <button type="button" className="button button-secondary" onClick={cancel} disabled={busy}>
          {t("cancel")}
          <span className="visually-hidden">: {title}</span>
        </button>
      )}
      <ActionStatus status={status} />
    </div>
  );
}
