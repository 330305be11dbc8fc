import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

interface Choices<V extends string> {
  idPrefix: string;
  values: readonly V[];
  label: (v: V) => ReactNode;
  registration: UseFormRegisterReturn;
}

/** A radio button or checkbox for each value of a short list; each input's id is `${idPrefix}-${value}`. */
export function ChoiceInputs<V extends string>(props: Choices<V> & { type: "radio" | "checkbox" }) {
  return props.values.map((v) => (
    <div key={v} className="field-inline">
      <input type={props.type} id={`${props.idPrefix}-${v}`} value={v} {...props.registration} />
      <label htmlFor={`${props.idPrefix}-${v}`}>{props.label(v)}</label>
    </div>
  ));
}

/** One choice of a short list as radio buttons under a legend. */
export function RadioGroup<V extends string>({ legend, ...choices }: Choices<V> & { legend: ReactNode }) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <ChoiceInputs type="radio" {...choices} />
    </fieldset>
  );
}
