import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, type FieldFrame } from "./field";
import { savedChecked, savedChoice, savedServerText, savedText } from "./saved-values";

/** What every labelled control of a react-hook-form field takes: Field's wiring and the registration. */
interface FieldOf extends FieldFrame {
  /** `register(…)`'s result; a plain GET form (the search filters) gives just the name. */
  registration: UseFormRegisterReturn | { name: string };
}

type Own<E> = Omit<E, keyof FieldOf | "name" | "onChange" | "onBlur" | "ref" | "children">;

/**
 * A labelled <input> for a react-hook-form field: the input's own attributes (type,
 * inputMode, autoComplete…) go beside Field's id, hint and error wiring, before the
 * registration — the markup of the hand-written `<Field>{(a) => <input …/>}</Field>`.
 * The saved value, when the registration carries it, is the input's `defaultValue`
 * (app/components/forms/saved-values.ts); a `defaultValue` given here wins.
 */
export function TextField({ id, label, hint, hintId, error, className, registration, ...input }: FieldOf & Own<InputHTMLAttributes<HTMLInputElement>>) {
  return <Field {...{ id, label, hint, hintId, error, className }}>{(a) => <input {...a} defaultValue={savedText(registration)} {...input} {...registration} />}</Field>;
}

/** A labelled <textarea> for a react-hook-form field (see TextField; its saved text in the server's HTML only). */
export function TextAreaField({ id, label, hint, hintId, error, className, registration, ...area }: FieldOf & Own<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return <Field {...{ id, label, hint, hintId, error, className }}>{(a) => <textarea {...a} defaultValue={savedServerText(registration)} {...area} {...registration} />}</Field>;
}

/** A labelled <select> for a react-hook-form field; its options are the children (`<Options>`, `<DistrictOptions>`); its saved choice selected (see TextField). */
export function SelectField({
  id,
  label,
  hint,
  hintId,
  error,
  className,
  registration,
  children,
  ...select
}: FieldOf & Own<SelectHTMLAttributes<HTMLSelectElement>> & { children: ReactNode }) {
  return (
    <Field {...{ id, label, hint, hintId, error, className }}>
      {(a) => (
        <select {...a} defaultValue={savedChoice(registration)} {...select} {...registration}>
          {children}
        </select>
      )}
    </Field>
  );
}

/**
 * A checkbox with its label beside it (`field-inline`; `className` adds "field" where the form spaces it so):
 * of a react-hook-form field (`registration`), of a plain GET form (its name, `value`, `defaultChecked`),
 * or held in the component's state (`checked`, `onChange`); in the server's HTML, ticked when saved so (see TextField).
 */
export function CheckboxField({
  id,
  label,
  className,
  registration,
  ...input
}: { id: string; label: ReactNode; className?: string; registration?: FieldOf["registration"] } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "className">) {
  return (
    <div className={className ? `${className} field-inline` : "field-inline"}>
      <input type="checkbox" id={id} defaultChecked={savedChecked(registration)} {...input} {...registration} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** The react-hook-form rule of a text of at most `value` characters, with the form's own words for it. */
export function maxLengthRule(value: number, message: string) {
  return { maxLength: { value, message } };
}

/** The react-hook-form rule of a text that, trimmed, is `min` to `max` characters long. */
export function lengthRule(min: number, max: number, message: string) {
  return { validate: (s: string) => (s.trim().length >= min && s.trim().length <= max) || message };
}

/** The react-hook-form rule of an optional text: empty, or passing `check` (a NIP, a KRS number…). */
export function emptyOrRule(check: (value: string) => boolean, message: string) {
  return { validate: (s: string) => !s.trim() || check(s) || message };
}
