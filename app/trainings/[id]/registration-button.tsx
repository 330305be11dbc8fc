"use client";
import { CheckboxField } from "../../components/forms/text-field";
import { SubmitButton } from "../../components/forms/submit-button";
import { ScriptForm } from "../../components/forms/script-form";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { graphql } from "../../lib/graphql-document";
import type { RegistrationStatus } from "../../gql/graphql";
import { CancelRegistrationMutation } from "../cancel-registration";
import { gqlClient } from "../../lib/graphql-client";
import { QuestionFields, toAnswerInputs, type AnswerValues, type Question } from "./question-fields";
import { signInHref } from "../../lib/sign-in";

const RegisterMutation = graphql(`
  mutation RegisterForTrainingButton($trainingId: ID!, $answers: RegistrationAnswersInput) {
    registerForTraining(trainingId: $trainingId, answers: $answers) {
      id
      status
      waitlistPosition
      checkInCode
    }
  }
`);

export interface MyRegistration {
  status: RegistrationStatus;
  waitlistPosition?: number | null;
  checkInCode?: string | null;
}

export type ClosedReason = "CANCELLED" | "STARTED" | "DEADLINE" | "AUDIENCE" | "SIGNED_OUT" | null;

export interface RegistrationButtonProps {
  trainingId: string;
  registration: MyRegistration | null;
  /** From Training.registrationClosedReason; null = open for this person. */
  closedReason: ClosedReason;
  seatsLeft: number;
  askDietary?: boolean;
  askAccessibility?: boolean;
  consentText?: string | null;
  /** The organiser's own questions. */
  questions?: Question[];
  /** Called after a change, e.g. to refresh server data (router.refresh). */
  onChange?: () => void;
}

/**
 * The register / cancel control of a training page: shows where the person stands
 * (seat, waiting-list position, closed and why), and announces changes politely.
 */
export function RegistrationButton(props: RegistrationButtonProps) {
  const t = useTranslations("trainings.register");
  const [reg, setReg] = useState<MyRegistration | null>(
    props.registration && props.registration.status !== "CANCELLED" ? props.registration : null,
  );
  // Visible and focused, not only announced: people did not see that cancelling worked.
  const notice = useBusyAction();
  const { busy } = notice;
  const setMessage = (text: string) => notice.show("success", text);
  const setError = (text: string) => (text ? notice.show("error", text) : notice.clear());
  const [dietary, setDietary] = useState("");
  const [accessibility, setAccessibility] = useState("");
  const [consent, setConsent] = useState(false);
  const [answers, setAnswers] = useState<AnswerValues>({});

  const register = async () => {
    setError("");
    if (props.consentText && !consent) return setError(t("errors.consent"));
    const res = await notice.run(() =>
      gqlClient(RegisterMutation, {
        trainingId: props.trainingId,
        answers: {
          dietary: props.askDietary ? dietary || null : null,
          accessibility: props.askAccessibility ? accessibility || null : null,
          consent: props.consentText ? consent : undefined,
          ...(props.questions?.length ? { questions: toAnswerInputs(props.questions, answers) } : {}),
        },
      }),
    );
    if (res.error) {
      if (res.error.code === "BAD_USER_INPUT") return setError(t("errors.answers"));
      return setError(res.error.code === "FORBIDDEN" ? res.error.message || t("errors.FORBIDDEN") : t("errors.generic"));
    }
    const r = res.data.registerForTraining;
    setReg(r);
    setMessage(r.status === "CONFIRMED" ? t("confirmed") : t("waitlisted", { position: r.waitlistPosition ?? "?" }));
    props.onChange?.();
  };

  const cancel = async () => {
    if (!window.confirm(t("cancelConfirm"))) return;
    const res = await notice.run(() => gqlClient(CancelRegistrationMutation, { trainingId: props.trainingId }));
    if (res.error) return setError(res.error.code === "FORBIDDEN" ? res.error.message : t("errors.generic"));
    setReg(null);
    setMessage(t("cancelled"));
    props.onChange?.();
  };

  let body: React.ReactNode;
  if (reg) {
    body = (
      <>
        <p className={`badge ${reg.status === "CONFIRMED" ? "badge-success" : "badge-warning"}`} data-testid="registration-state">
          {reg.status === "CONFIRMED" ? t("confirmed") : t("waitlisted", { position: reg.waitlistPosition ?? "?" })}
        </p>
        {reg.status === "CONFIRMED" && reg.checkInCode && <p className="muted">{t("checkInCode", { code: reg.checkInCode })}</p>}
        {props.closedReason !== "STARTED" && (
          <button type="button" className="button button-secondary no-print" onClick={cancel} disabled={busy}>
            {t("cancel")}
          </button>
        )}
      </>
    );
  } else if (props.closedReason === "SIGNED_OUT") {
    body = (
      <a className="button" href={signInHref(`/trainings/${props.trainingId}`)}>
        {t("signIn")}
      </a>
    );
  } else if (props.closedReason) {
    body = <p className="alert alert-info">{t(`closed.${props.closedReason}`)}</p>;
  } else {
    body = (
      <ScriptForm className="form no-print" onSubmit={register}>
        {props.askDietary && (
          <div className="field">
            <label htmlFor="reg-dietary">{t("dietary")}</label>
            <input id="reg-dietary" maxLength={500} value={dietary} onChange={(e) => setDietary(e.target.value)} />
          </div>
        )}
        {props.askAccessibility && (
          <div className="field">
            <label htmlFor="reg-accessibility">{t("accessibility")}</label>
            <input id="reg-accessibility" maxLength={500} value={accessibility} onChange={(e) => setAccessibility(e.target.value)} />
          </div>
        )}
        <QuestionFields questions={props.questions ?? []} values={answers} onChange={setAnswers} prefix="reg-q" />
        {props.consentText && (
          <CheckboxField id="reg-consent" label={props.consentText} checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        )}
        <SubmitButton submitting={busy}>{props.seatsLeft > 0 ? t("register") : t("joinWaitlist")}</SubmitButton>
      </ScriptForm>
    );
  }

  return (
    <div className="stack">
      {body}
      <ActionStatus status={notice.status} />
    </div>
  );
}
