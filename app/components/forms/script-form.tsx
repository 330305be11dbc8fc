import type { ReactNode } from "react";

/**
 * A form that its script sends (no page load): the browser's own ways of submitting —
 * Enter in a field, the submit button — run `onSubmit`.
 */
export function ScriptForm({ onSubmit, className = "form", children }: { onSubmit: () => unknown; className?: string; children: ReactNode }) {
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
