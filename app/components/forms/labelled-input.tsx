import type { InputHTMLAttributes } from "react";

/**
 * A label and its input, one after the other with no wrapper (a plain form's fields, read
 * through `FormData`): the id that ties them is written once.
 */
export function LabelledInput({ id, label, ...input }: { id: string; label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} />
    </>
  );
}
