"use client";
import { SubmitButton } from "../../../components/forms/submit-button";
import { ScriptForm } from "../../../components/forms/script-form";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionStatus, useBusyAction } from "../../../components/forms/action-status";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";

const SubmitMutation = graphql(`
  mutation SubmitTrainingFeedback($token: String!, $input: TrainingFeedbackInput!) {
    submitTrainingFeedback(token: $token, input: $input)
  }
`);

/** Rating 1–5, what was useful, what to improve: sent once, anonymously. */
export function FeedbackForm({ token }: { token: string }) {
  const t = useTranslations("trainings.feedback");
  const notice = useBusyAction();
  const [rating, setRating] = useState<number | null>(null);
  const [useful, setUseful] = useState("");
  const [improve, setImprove] = useState("");
  const [done, setDone] = useState(false);

  const submit = async () => {
    if (!rating) return notice.show("error", t("errors.rating"));
    const res = await notice.run(() => gqlClient(SubmitMutation, { token, input: { rating, useful: useful || null, improve: improve || null } }));
    if (res.error) return notice.show("error", res.error.code === "CONFLICT" ? t("alreadyGiven") : t("errors.generic"));
    setDone(true);
    notice.show("success", t("thanks"));
  };

  return (
    <div className="stack">
      {!done && (
        <ScriptForm onSubmit={submit}>
          <fieldset className="field">
            <legend>{t("rating")}</legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <span className="field-inline" key={n}>
                <input id={`rating-${n}`} type="radio" name="rating" checked={rating === n} onChange={() => setRating(n)} />
                <label htmlFor={`rating-${n}`}>{n}</label>
              </span>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="fb-useful">{t("useful")}</label>
            <textarea id="fb-useful" rows={3} maxLength={2000} value={useful} onChange={(e) => setUseful(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="fb-improve">{t("improve")}</label>
            <textarea id="fb-improve" rows={3} maxLength={2000} value={improve} onChange={(e) => setImprove(e.target.value)} />
          </div>
          <p className="muted">{t("anonymous")}</p>
          <SubmitButton submitting={notice.busy}>{t("submit")}</SubmitButton>
        </ScriptForm>
      )}
      <ActionStatus status={notice.status} />
    </div>
  );
}
