import type { ReactNode } from "react";

/** An error above a form or a page (announced: role="alert"); nothing while there is none. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert-error" role="alert">
      {children}
    </div>
  );
}
