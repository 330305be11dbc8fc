import type { ReactNode } from "react";

/** A group of fields under a legend, with a hint (`${id}-hint`) that describes the whole group. */
export function Fieldset(props: { id: string; legend: ReactNode; hint: ReactNode; children: ReactNode }) {
  const hintId = `${props.id}-hint`;
  return (
    <fieldset className="field" aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      <span id={hintId} className="hint">
        {props.hint}
      </span>
      {props.children}
    </fieldset>
  );
}
