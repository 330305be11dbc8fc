"use client";
import { CheckboxField } from "../../../../components/forms/text-field";
import { SubmitButton } from "../../../../components/forms/submit-button";
import { ScriptForm } from "../../../../components/forms/script-form";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionStatus, useBusyAction } from "../../../../components/forms/action-status";
import { graphql } from "../../../../lib/graphql-document";
import type { QuestionType } from "../../../../gql/graphql";
import { gqlClient } from "../../../../lib/graphql-client";
import { Options } from "../../../../components/forms/options";
import { Field } from "../../../../components/forms/field";

const SetQuestions = graphql(`
  mutation SetTrainingQuestions($trainingId: ID!, $questions: [TrainingQuestionInput!]!) {
    setTrainingQuestions(trainingId: $trainingId, questions: $questions) {
      id
    }
  }
`);

interface Q {
  id?: string;
  type: QuestionType;
  label: string;
  help: string;
  required: boolean;
  options: string[];
}
const TYPES: QuestionType[] = ["SHORT_TEXT" as QuestionType, "LONG_TEXT" as QuestionType, "ONE_CHOICE" as QuestionType, "MANY_CHOICES" as QuestionType, "YES_NO" as QuestionType];
const hasOptions = (t: QuestionType) => t === "ONE_CHOICE" || t === "MANY_CHOICES";

/** The organiser's questions: type, label, help text, required, options (one a line). */
export function QuestionsEditor({ trainingId, initial }: { trainingId: string; initial: Q[] }) {
  const t = useTranslations("trainings.organise");
  const router = useRouter();
  const notice = useBusyAction();
  const [qs, setQs] = useState<Q[]>(initial);
  const update = (i: number, p: Partial<Q>) => setQs(qs.map((q, k) => (k === i ? { ...q, ...p } : q)));

  const save = async () => {
    const res = await notice.run(() =>
      gqlClient(SetQuestions, {
      trainingId,
      questions: qs.map((q) => ({
        id: q.id ?? null,
        type: q.type,
        label: q.label,
        help: q.help || null,
        required: q.required,
        options: hasOptions(q.type) ? q.options.filter((o) => o.trim()) : [],
      })),
      }),
    );
    if (res.error) {
      const fields = Object.entries(res.error.fields ?? {}).map(([k, v]) => `${Number(k.split(".")[1]) + 1}: ${v}`);
      return notice.show("error", t("saveError", { details: fields.join("; ") || res.error.message }));
    }
    notice.show("success", t("saved"));
    router.refresh();
  };

  return (
    <ScriptForm onSubmit={save}>
      <p className="muted">{t("questionsIntro")}</p>
      {qs.map((q, i) => (
        <fieldset key={q.id ?? `new-${i}`} className="stack">
          <legend>{t("question", { n: i + 1 })}</legend>
          <Field id={`q-${i}-type`} label={t("type")}>
            {(a) => (
              <select {...a} value={q.type} onChange={(e) => update(i, { type: e.target.value as QuestionType })}>
                <Options values={TYPES} label={(ty) => t(`types.${ty}`)} />
              </select>
            )}
          </Field>
          <Field id={`q-${i}-label`} label={t("label")}>
            {(a) => <input {...a} required maxLength={300} value={q.label} onChange={(e) => update(i, { label: e.target.value })} />}
          </Field>
          <Field id={`q-${i}-help`} label={t("help")}>
            {(a) => <input {...a} maxLength={1000} value={q.help} onChange={(e) => update(i, { help: e.target.value })} />}
          </Field>
          {hasOptions(q.type) && (
            <Field id={`q-${i}-options`} label={t("options")}>
              {(a) => <textarea {...a} rows={4} value={q.options.join("\n")} onChange={(e) => update(i, { options: e.target.value.split("\n") })} />}
            </Field>
          )}
          <CheckboxField id={`q-${i}-required`} label={t("requiredLabel")} checked={q.required} onChange={(e) => update(i, { required: e.target.checked })} />
          <button type="button" className="button button-secondary" onClick={() => setQs(qs.filter((_, k) => k !== i))}>
            {t("removeQuestion", { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      {qs.length < 20 && (
        <button type="button" className="button button-secondary" onClick={() => setQs([...qs, { type: TYPES[0], label: "", help: "", required: false, options: [] }])}>
          {t("addQuestion")}
        </button>
      )}
      <SubmitButton submitting={notice.busy}>{t("saveQuestions")}</SubmitButton>
      <ActionStatus status={notice.status} />
    </ScriptForm>
  );
}
