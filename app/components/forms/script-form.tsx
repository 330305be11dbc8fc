import type { ReactNode } from "react";

/**
 * A form that its script sends (no page load): the browser's own ways of submitting —
 * Enter in a field, the submit button — run `onSubmit`. With a server `action`, the same
 * form posted before or without JavaScript runs that action instead (the script never does:
 * its submit event is cancelled).
 */
export function ScriptForm({ onSubmit, action, className = "form", children }: {
  onSubmit: () => unknown;
  action?: (form: FormData) => Promise<void>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      action={action}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
