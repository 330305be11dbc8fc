import type { ReactNode } from "react";

/** The submit button of a form: disabled while the form is being sent, and saying so when `busyLabel` is given. */
export function SubmitButton(props: { submitting: boolean; busyLabel?: ReactNode; children: ReactNode }) {
  return (
    <button type="submit" className="button" disabled={props.submitting}>
      {props.submitting && props.busyLabel !== undefined ? props.busyLabel : props.children}
    </button>
  );
}
