"use client";
import { CheckboxField } from "../../components/forms/text-field";
import { SubmitButton } from "../../components/forms/submit-button";
import { ScriptForm } from "../../components/forms/script-form";
import { Field } from "../../components/forms/field";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { QuestionFields, toAnswerInputs, type AnswerValues, type Question } from "./question-fields";

const GroupMutation = graphql(`
  mutation RegisterGroupForTraining($trainingId: ID!, $attendees: [GroupAttendeeInput!]!) {
    registerGroupForTraining(trainingId: $trainingId, attendees: $attendees) {
      id
      status
    }
  }
`);

const WithdrawMutation = graphql(`mutation WithdrawGroupMember($id: ID!) { withdrawRegistration(id: $id) { id status } }`);

interface Person {
  name: string;
  email: string;
  answers: AnswerValues;
}
export interface GroupMember {
  id: string;
  attendeeName: string | null;
  attendeeEmail: string | null;
  status: string;
}

const empty = (): Person => ({ name: "", email: "", answers: {} });

/**
 * A PES member registers colleagues of their organisation (each their own seat and
 * e-mails) and manages the group: the list of colleagues with a cancel button each.
 */
export function GroupRegistration(props: {
  trainingId: string;
  open: boolean;
  questions: Question[];
  consentText: string | null;
  group: GroupMember[];
}) {
  const t = useTranslations("trainings.group");
  const router = useRouter();
  const notice = useBusyAction();
  const [people, setPeople] = useState<Person[]>([empty()]);
  const [consent, setConsent] = useState(false);
  const update = (i: number, p: Partial<Person>) => setPeople(people.map((x, k) => (k === i ? { ...x, ...p } : x)));

  const submit = async () => {
    const res = await notice.run(() =>
      gqlClient(GroupMutation, {
        trainingId: props.trainingId,
        attendees: people.map((p) => ({
          name: p.name,
          email: p.email,
          answers: { consent: props.consentText ? consent : undefined, questions: toAnswerInputs(props.questions, p.answers) },
        })),
      }),
    );
    if (res.error) {
      const fields = Object.keys(res.error.fields ?? {});
      const who = fields.map((f) => Number(f.split(".")[1])).filter((n) => !Number.isNaN(n));
      if (res.error.code === "BAD_USER_INPUT") return notice.show("error", t("errors.input", { people: [...new Set(who.map((n) => n + 1))].join(", ") || "–" }));
      return notice.show("error", res.error.code === "CONFLICT" || res.error.code === "FORBIDDEN" ? res.error.message : t("errors.generic"));
    }
    const confirmed = res.data.registerGroupForTraining.filter((r) => r.status === "CONFIRMED").length;
    notice.show("success", t("done", { confirmed, waitlisted: res.data.registerGroupForTraining.length - confirmed }));
    setPeople([empty()]);
    router.refresh();
  };

  const withdraw = async (id: string) => {
    if (!window.confirm(t("cancelConfirm"))) return;
    const res = await gqlClient(WithdrawMutation, { id });
    if (res.error) return notice.show("error", res.error.message || t("errors.generic"));
    notice.show("success", t("cancelled"));
    router.refresh();
  };

  return (
    <section className="stack no-print" aria-labelledby="group-heading">
      <h2 id="group-heading">{t("heading")}</h2>
      {props.group.length > 0 && (
        <ul data-testid="my-group">
          {props.group.map((g) => (
            <li key={g.id}>
              {g.attendeeName} ({g.attendeeEmail}) – {t(`status.${g.status === "CONFIRMED" ? "CONFIRMED" : "WAITLISTED"}`)}{" "}
              <button type="button" className="button button-secondary" onClick={() => void withdraw(g.id)}>
                {t("cancel", { name: g.attendeeName ?? "" })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.open && (
        <ScriptForm onSubmit={submit}>
          <p className="muted">{t("intro")}</p>
          {people.map((p, i) => (
            <fieldset key={i} className="stack">
              <legend>{t("person", { n: i + 1 })}</legend>
              <Field id={`group-${i}-name`} label={t("name")}>
                {(a) => <input {...a} required maxLength={200} value={p.name} onChange={(e) => update(i, { name: e.target.value })} />}
              </Field>
              <Field id={`group-${i}-email`} label={t("email")}>
                {(a) => <input {...a} type="email" required maxLength={320} value={p.email} onChange={(e) => update(i, { email: e.target.value })} />}
              </Field>
              <QuestionFields questions={props.questions} values={p.answers} onChange={(answers) => update(i, { answers })} prefix={`group-${i}`} />
              {people.length > 1 && (
                <button type="button" className="button button-secondary" onClick={() => setPeople(people.filter((_, k) => k !== i))}>
                  {t("remove", { n: i + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          {people.length < 20 && (
            <button type="button" className="button button-secondary" onClick={() => setPeople([...people, empty()])}>
              {t("add")}
            </button>
          )}
          {props.consentText && (
            <CheckboxField id="group-consent" label={t("consent", { text: props.consentText })} checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          )}
          <SubmitButton submitting={notice.busy}>{t("submit")}</SubmitButton>
        </ScriptForm>
      )}
      <ActionStatus status={notice.status} />
    </section>
  );
}
