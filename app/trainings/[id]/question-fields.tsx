"use client";
import { useTranslations } from "next-intl";
import type { QuestionAnswerInput, QuestionType } from "../../gql/graphql";

export interface Question {
  id: string;
  type: QuestionType;
  label: string;
  help?: string | null;
  required: boolean;
  options: string[];
}

export type AnswerValues = Record<string, string | string[] | boolean | undefined>;

/** The answers as the API takes them (empty ones left out: the server decides what is required). */
export function toAnswerInputs(questions: Question[], values: AnswerValues): QuestionAnswerInput[] {
  const out: QuestionAnswerInput[] = [];
  for (const q of questions) {
    const v = values[q.id];
    if (v === undefined || v === "" || (Array.isArray(v) && !v.length)) continue;
    if (q.type === "YES_NO") out.push({ questionId: q.id, yes: v === true });
    else if (q.type === "ONE_CHOICE") out.push({ questionId: q.id, choices: [v as string] });
    else if (q.type === "MANY_CHOICES") out.push({ questionId: q.id, choices: v as string[] });
    else out.push({ questionId: q.id, text: v as string });
  }
  return out;
}

/** The organiser's questions of a registration form; `prefix` keeps ids unique when repeated per person. */
export function QuestionFields(props: { questions: Question[]; values: AnswerValues; onChange: (v: AnswerValues) => void; prefix: string }) {
  const t = useTranslations("trainings.questions");
  const set = (id: string, v: AnswerValues[string]) => props.onChange({ ...props.values, [id]: v });
  return (
    <>
      {props.questions.map((q) => {
        const id = `${props.prefix}-${q.id}`;
        const help = q.help ? <p className="muted" id={`${id}-help`}>{q.help}</p> : null;
        const label = `${q.label}${q.required ? ` (${t("required")})` : ""}`;
        const described = q.help ? `${id}-help` : undefined;
        if (q.type === "ONE_CHOICE" || q.type === "MANY_CHOICES" || q.type === "YES_NO") {
          const options = q.type === "YES_NO" ? [t("yes"), t("no")] : q.options;
          return (
            <fieldset className="field" key={q.id} aria-describedby={described}>
              <legend>{label}</legend>
              {help}
              {options.map((o, i) => {
                const v = props.values[q.id];
                const checked =
                  q.type === "YES_NO" ? v === (i === 0) : q.type === "ONE_CHOICE" ? v === o : Array.isArray(v) && v.includes(o);
                return (
                  <div className="field-inline" key={o}>
                    <input
                      id={`${id}-${i}`}
                      type={q.type === "MANY_CHOICES" ? "checkbox" : "radio"}
                      name={id}
                      checked={checked}
                      onChange={(e) => {
                        if (q.type === "YES_NO") set(q.id, i === 0);
                        else if (q.type === "ONE_CHOICE") set(q.id, o);
                        else {
                          const cur = Array.isArray(v) ? v : [];
                          set(q.id, e.target.checked ? [...cur, o] : cur.filter((x) => x !== o));
                        }
                      }}
                    />
                    <label htmlFor={`${id}-${i}`}>{o}</label>
                  </div>
                );
              })}
            </fieldset>
          );
        }
        return (
          <div className="field" key={q.id}>
            <label htmlFor={id}>{label}</label>
            {help}
            {q.type === "LONG_TEXT" ? (
              <textarea id={id} maxLength={5000} rows={4} required={q.required} aria-describedby={described} value={(props.values[q.id] as string) ?? ""} onChange={(e) => set(q.id, e.target.value)} />
            ) : (
              <input id={id} maxLength={300} required={q.required} aria-describedby={described} value={(props.values[q.id] as string) ?? ""} onChange={(e) => set(q.id, e.target.value)} />
            )}
          </div>
        );
      })}
    </>
  );
}
