import type { ReactNode } from "react";

/** What a labelled control takes besides the control itself. */
export interface FieldFrame {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The hint's id where it is not `${id}-hint`. */
  hintId?: string;
  error?: string;
  /** Classes beside "field" (no-print). */
  className?: string;
}

/**
 * A labelled form control with hint and error wired for screen readers
 * (aria-describedby, aria-invalid; the error text is announced via role="alert").
 */
export function Field(props: FieldFrame & { children: (a11y: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode }) {
  const hintId = props.hint ? (props.hintId ?? `${props.id}-hint`) : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={props.className ? `field ${props.className}` : "field"}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <span id={hintId} className="hint">
          {props.hint}
        </span>
      )}
      {props.children({ id: props.id, "aria-describedby": describedBy, "aria-invalid": props.error ? true : undefined })}
      {props.error && (
        <span id={errorId} className="error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}
