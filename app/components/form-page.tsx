import type { ReactNode } from "react";
import { BackLink } from "./back-link";

/**
 * A page of a form that only some people may use (a new notice, demand or product, an
 * edited notice or profile): the link back, the heading, then the form (`children`) — or,
 * to anyone else, why not, as a notice rather than an error (nothing went wrong).
 */
export function FormPage({
  backHref,
  backLabel,
  title,
  allowed,
  refusal,
  children,
}: {
  backHref: string;
  backLabel: ReactNode;
  title: string;
  allowed: boolean;
  refusal: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="stack">
      <BackLink href={backHref}>{backLabel}</BackLink>
      <h1>{title}</h1>
      {allowed ? children : <p className="alert alert-info">{refusal}</p>}
    </div>
  );
}
