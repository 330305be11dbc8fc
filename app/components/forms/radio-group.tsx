import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/** One choice of a short list as radio buttons under a legend; each input's id is `${idPrefix}-${value}`. */
export function RadioGroup<V extends string>(props: {
  legend: ReactNode;
  idPrefix: string;
  values: readonly V[];
  label: (v: V) => ReactNode;
  registration: UseFormRegisterReturn;
}) {
  return (
    <fieldset className="field">
      <legend>{props.legend}</legend>
      {props.values.map((v) => (
        <div key={v} className="field-inline">
          <input type="radio" id={`${props.idPrefix}-${v}`} value={v} {...props.registration} />
          <label htmlFor={`${props.idPrefix}-${v}`}>{props.label(v)}</label>
        </div>
      ))}
    </fieldset>
  );
}
