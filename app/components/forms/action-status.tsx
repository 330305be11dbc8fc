"use client";
import { useCallback, useEffect, useRef, useState } from "react";

export type ActionStatusKind = "success" | "error" | "info";

export interface ActionStatusValue {
  kind: ActionStatusKind;
  text: string;
  /** Changes on every `show`, so the same text shown twice is focused twice. */
  seq: number;
}

/**
 * State for an `ActionStatus`: `show(kind, text)` after an action, `clear()` before the
 * next one.
 */
export function useActionStatus(initial?: { kind: ActionStatusKind; text: string } | null) {
  const [status, setStatus] = useState<ActionStatusValue | null>(initial ? { ...initial, seq: 0 } : null);
  const show = useCallback((kind: ActionStatusKind, text: string) => setStatus((s) => ({ kind, text, seq: (s?.seq ?? 0) + 1 })), []);
  const clear = useCallback(() => setStatus(null), []);
  return { status, show, clear };
}

/**
 * The visible confirmation of an action (enquiry sent, registration cancelled, booking
 * requested, saved…): an alert box that screen readers announce AND that receives focus,
 * so a sighted keyboard or phone user sees what happened where they are, instead of a
 * form that silently resets. One component for every form (WCAG 4.1.3 status messages).
 *
 * The live-region wrapper is always in the page, so the first message is announced too.
 */
export function ActionStatus({ status, id, className }: { status: ActionStatusValue | null | undefined; id?: string; className?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const seq = status?.seq;
  useEffect(() => {
    // Only messages created by an action (seq > 0) move focus; a status present at
    // first render (e.g. from a no-JS redirect) is shown without stealing focus.
    if (seq) ref.current?.focus();
  }, [seq]);
  return (
    <div aria-live={status?.kind === "error" ? "assertive" : "polite"} className={className}>
      {status && (
        <p
          ref={ref}
          id={id}
          tabIndex={-1}
          className={`alert alert-${status.kind}`}
          role={status.kind === "error" ? "alert" : "status"}
          data-testid="action-status"
        >
          {status.text}
        </p>
      )}
    </div>
  );
}
