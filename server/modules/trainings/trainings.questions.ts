import { randomBytes } from "node:crypto";
import { QuestionType, type TrainingQuestionDef } from "../../../entities/trainings";
import { badInput, type FieldErrors } from "../../errors";
import type { QuestionAnswerInput, TrainingQuestionInput } from "./trainings.inputs";

/**
 * The organiser's own registration questions: the definition (checked when saved) and
 * the answers (checked against that definition on every registration, so the form in the
 * browser is a convenience, never the rule).
 */
export const MAX_QUESTIONS = 20;
const CHOICE_TYPES = new Set([QuestionType.ONE_CHOICE, QuestionType.MANY_CHOICES]);
const TEXT_LIMIT: Partial<Record<QuestionType, number>> = { [QuestionType.SHORT_TEXT]: 300, [QuestionType.LONG_TEXT]: 5000 };
const ID = /^[a-z0-9]{1,16}$/;

/** Checks and normalises a question list; kept ids survive edits, so earlier answers stay readable. */
export function normaliseQuestions(input: TrainingQuestionInput[]): TrainingQuestionDef[] {
  const f: FieldErrors = {};
  if (input.length > MAX_QUESTIONS) f.questions = `At most ${MAX_QUESTIONS} questions`;
  const seen = new Set<string>();
  const out = input.slice(0, MAX_QUESTIONS).map((q, i) => {
    const at = `questions.${i}`;
    const label = (q.label ?? "").trim();
    const help = q.help?.trim() || null;
    if (label.length < 1 || label.length > 300) f[`${at}.label`] = "1 to 300 characters";
    if (help && help.length > 1000) f[`${at}.help`] = "At most 1000 characters";
    const options = (q.options ?? []).map((o) => o.trim());
    if (CHOICE_TYPES.has(q.type)) {
      if (options.length < 2 || options.length > 20) f[`${at}.options`] = "2 to 20 options";
      else if (options.some((o) => o.length < 1 || o.length > 200)) f[`${at}.options`] = "Each option 1 to 200 characters";
      else if (new Set(options).size !== options.length) f[`${at}.options`] = "Options must differ";
    } else if (options.length) f[`${at}.options`] = "Only choice questions have options";
    let id = q.id && ID.test(q.id) && !seen.has(q.id) ? q.id : randomBytes(6).toString("hex");
    while (seen.has(id)) id = randomBytes(6).toString("hex");
    seen.add(id);
    return { id, type: q.type, label, help, required: !!q.required, options: CHOICE_TYPES.has(q.type) ? options : [] };
  });
  if (Object.keys(f).length) throw badInput(f);
  return out;
}

/**
 * The answers of one person, checked against the training's questions: every required
 * question answered, each answer of the question's type (a choice among its options,
 * a text within its limit, yes/no), no unknown or repeated question. Errors are keyed by
 * `${prefix}.<questionId>` (or `${prefix}.<index>` for an unknown question). Returns what
 * is stored: question id → text, chosen options, or true/false.
 */
export function checkAnswers(
  defs: TrainingQuestionDef[],
  answers: QuestionAnswerInput[] | null | undefined,
  prefix: string,
  f: FieldErrors,
): Record<string, string | string[] | boolean> {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const out: Record<string, string | string[] | boolean> = {};
  (answers ?? []).forEach((a, i) => {
    const d = byId.get(a.questionId);
    if (!d) {
      f[`${prefix}.${i}`] = "Unknown question";
      return;
    }
    const at = `${prefix}.${d.id}`;
    if (d.id in out) {
      f[at] = "Answered twice";
      return;
    }
    switch (d.type) {
      case QuestionType.SHORT_TEXT:
      case QuestionType.LONG_TEXT: {
        if (a.choices != null || a.yes != null) f[at] = "Expected a text";
        const text = a.text?.trim() ?? "";
        if (text.length > TEXT_LIMIT[d.type]!) f[at] = `At most ${TEXT_LIMIT[d.type]} characters`;
        else if (text) out[d.id] = text;
        break;
      }
      case QuestionType.ONE_CHOICE:
      case QuestionType.MANY_CHOICES: {
        if (a.text != null || a.yes != null) f[at] = "Expected a choice";
        const chosen = a.choices ?? [];
        if (chosen.some((c) => !d.options.includes(c))) f[at] = "Not one of the options";
        else if (new Set(chosen).size !== chosen.length) f[at] = "An option chosen twice";
        else if (d.type === QuestionType.ONE_CHOICE && chosen.length > 1) f[at] = "Choose one option";
        else if (chosen.length) out[d.id] = d.type === QuestionType.ONE_CHOICE ? chosen[0] : chosen;
        break;
      }
      case QuestionType.YES_NO:
        if (a.text != null || a.choices != null) f[at] = "Expected yes or no";
        else if (typeof a.yes === "boolean") out[d.id] = a.yes;
        break;
    }
  });
  for (const d of defs) {
    if (d.required && !(d.id in out) && !f[`${prefix}.${d.id}`]) f[`${prefix}.${d.id}`] = "Required";
  }
  return out;
}

/** One stored answer as text, for the registrations export and the organiser's list. */
export function answerText(v: string | string[] | boolean | undefined): string | null {
  if (v === undefined) return null;
  if (typeof v === "boolean") return v ? "yes" : "no";
  return Array.isArray(v) ? v.join("; ") : v;
}
