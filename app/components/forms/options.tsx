import type { ReactNode } from "react";

/**
 * The options of a <select> over a short list of codes: an empty choice first when the
 * form has one ("choose", "any", "all"), then each code under its label (the code itself
 * unless a label is given). The <select> stays with the form, which registers it or gives
 * its default value.
 */
export function Options<V extends string>(props: { values: readonly V[]; label?: (v: V) => ReactNode; empty?: string }) {
  return (
    <>
      {props.empty !== undefined && <option value="">{props.empty}</option>}
      {props.values.map((v) => (
        <option key={v} value={v}>
          {props.label ? props.label(v) : v}
        </option>
      ))}
    </>
  );
}
