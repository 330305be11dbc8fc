import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "./field";
import { savedText } from "./saved-values";

/** The shape of an address that the forms check before the server does. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The react-hook-form rules of an address the form cannot do without. */
export function requiredEmail(required: string, invalid: string) {
  return { required, pattern: { value: EMAIL_PATTERN, message: invalid } };
}

/** A labelled e-mail input (the browser's e-mail keyboard and autofill) for a react-hook-form field. */
export function EmailField({
  registration,
  ...field
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  return <Field {...field}>{(a) => <input {...a} type="email" autoComplete="email" defaultValue={savedText(registration)} {...registration} />}</Field>;
}
