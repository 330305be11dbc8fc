import type { ReactNode } from "react";
import { ErrorAlert } from "./error-alert";

/**
 * The body of a page opened from an e-mail link (unsubscribe, stop an alert): its heading,
 * and either what the button will do and the button (`children`, a `LinkActionButton`) or,
 * for a link that cannot be right, the refusal.
 */
export function LinkActionPage({ title, lead, bad, valid, children }: { title: string; lead: string; bad: string; valid: boolean; children: ReactNode }) {
  return (
    <div className="stack">
      <h1>{title}</h1>
      {valid ? (
        <>
          <p>{lead}</p>
          {children}
        </>
      ) : (
        <ErrorAlert>{bad}</ErrorAlert>
      )}
    </div>
  );
}
