"use client";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";

export type ActionStatusKind = "success" | "error" | "info";

export interface ActionStatusValue {
  kind: ActionStatusKind;
  /** Text, or text with a link in it (`SavedNotice`). */
  text: ReactNode;
  /**
   * Changes on every `show`, so the same text shown twice is focused twice; 0 for a message
   * that came with the page and no action of the person.
   */
  seq: number;
}

/** Messages kept for a form that is about to be re-mounted, by its `keepAs` name. */
const kept = new Map<string, { kind: ActionStatusKind; text: string; at: number }>();
/** Long enough for a `router.refresh()` on a slow phone, short enough never to greet a later visit. */
const KEEP_MS = 15_000;

/**
 * State for an `ActionStatus`: `show(kind, text)` after an action, `clear()` before the
 * next one.
 *
 * `keepAs` names a form that its page re-mounts after a save (a new `key` resets it to the
 * saved state): the message shown just before is shown again, focused, by the new copy —
 * without it, "Saved" vanished as soon as the refreshed page arrived.
 */
export function useActionStatus(initial?: { kind: ActionStatusKind; text: string } | null, keepAs?: string) {
  const [status, setStatus] = useState<ActionStatusValue | null>(() => {
    const k = keepAs ? kept.get(keepAs) : undefined;
    if (k && Date.now() - k.at < KEEP_MS) return { kind: k.kind, text: k.text, seq: 1 };
    return initial ? { ...initial, seq: 0 } : null;
  });
  useEffect(() => {
    // Shown once: a later visit to the page starts clean.
    if (keepAs) kept.delete(keepAs);
  }, [keepAs]);
  const show = useCallback(
    (kind: ActionStatusKind, text: string) => {
      if (keepAs) keepStatus(keepAs, kind, text);
      setStatus((s) => ({ kind, text, seq: (s?.seq ?? 0) + 1 }));
    },
    [keepAs],
  );
  const clear = useCallback(() => {
    if (keepAs) kept.delete(keepAs);
    setStatus(null);
  }, [keepAs]);
  return { status, show, clear };
}

/**
 * Keeps a message for the form named `keepAs` that mounts next (`useActionStatus`'s
 * `keepAs`), which shows it, focused: a form that creates something goes on to the new
 * thing's page, whose form is named after the new id.
 */
export function keepStatus(keepAs: string, kind: ActionStatusKind, text: string): void {
  kept.set(keepAs, { kind, text, at: Date.now() });
}

/**
 * `busy` (the buttons disabled) while `run(work)` runs; `run` returns what `work`
 * returned. For an action whose outcome is shown by something other than an
 * ActionStatus (an error beside the button, a field error); with an ActionStatus use
 * {@link useBusyAction}.
 */
export function useBusy() {
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, run };
}

/**
 * An action started from a button, with its ActionStatus: `run(work)` clears the last
 * message and keeps `busy` (the buttons disabled) while `work` runs, and returns what it
 * returned, for the caller to `show` the outcome. Its arguments are those of
 * {@link useActionStatus} (a message to start with, `keepAs`).
 */
export function useBusyAction(...statusArgs: Parameters<typeof useActionStatus>) {
  const { status, show, clear } = useActionStatus(...statusArgs);
  const { busy, run: runBusy } = useBusy();
  const run = useCallback(
    <T,>(work: () => Promise<T>): Promise<T> => {
      clear();
      return runBusy(work);
    },
    [clear, runBusy],
  );
  return { status, show, clear, busy, run };
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

/**
 * The confirmation a back-office page shows when a form went on to it after a save
 * (`?saved=`): the ActionStatus of that save, so focused on arrival (`seq` 1). Only a save
 * puts `?saved=` in the address, so landing here is the save's outcome, and a keyboard or
 * screen-reader user must not start again from the top of a page that looks unchanged.
 */
export function SavedNotice({ children }: { children: ReactNode }) {
  return <ActionStatus status={{ kind: "success", text: children, seq: 1 }} />;
}
