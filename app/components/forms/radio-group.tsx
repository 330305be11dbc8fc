import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { savedChecked } from "./saved-values";

interface Choices<V extends string> {
  idPrefix: string;
  values: readonly V[];
  label: (v: V) => ReactNode;
  /** A react-hook-form field, or only the name of a plain form's field (a GET search form). */
  registration: UseFormRegisterReturn | { name: string };
}

/**
 * A radio button or checkbox for each value of a short list; each input's id is `${idPrefix}-${value}`.
 * `checked`: the values ticked when the form is drawn, for a form that is not react-hook-form's;
 * else those saved (app/components/forms/saved-values.ts).
 */
export function ChoiceInputs<V extends string>(props: Choices<V> & { type: "radio" | "checkbox"; checked?: readonly string[] }) {
  return props.values.map((v) => (
    <div key={v} className="field-inline">
      <input type={props.type} id={`${props.idPrefix}-${v}`} value={v} defaultChecked={props.checked ? props.checked.includes(v) : savedChecked(props.registration, v)} {...props.registration} />
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
