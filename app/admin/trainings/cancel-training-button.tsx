"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";

const CancelTrainingMutation = graphql(`mutation CancelTrainingButton($id: ID!, $reason: String) { cancelTraining(id: $id, reason: $reason) { id cancelledAt } }`);

export function CancelTrainingButton({ trainingId }: { trainingId: string }) {
  const t = useTranslations("trainings.admin");
  const [reason, setReason] = useState("");
  const [state, setState] = useState<"idle" | "busy" | "done" | "error">("idle");
  const go = async () => {
    if (!window.confirm(t("cancelConfirm"))) return;
    setState("busy");
    const res = await gqlClient(CancelTrainingMutation, { id: trainingId, reason: reason || null });
    setState(res.error ? "error" : "done");
  };
  return (
    <section className="stack no-print" aria-labelledby="cancel-training">
      <h2 id="cancel-training">{t("cancelTraining")}</h2>
      <div className="field">
        <label htmlFor="cancel-reason">{t("cancelReason")}</label>
        <textarea id="cancel-reason" rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div>
        <button type="button" className="button button-secondary" onClick={go} disabled={state === "busy" || state === "done"}>
          {t("cancelTraining")}
        </button>
      </div>
      <p aria-live="polite">{state === "done" ? t("cancelledInfo") : state === "error" ? "Error" : ""}</p>
    </section>
  );
}
