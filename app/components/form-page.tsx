import type { ReactNode } from "react";
import { BackLink } from "./back-link";

/**
 * A page of a form: the link back, the heading, then the form (`children`). Where only
 * some people may use it (a new notice, demand or product, an edited notice or profile),
 * anyone else sees why not (`allowed`, `refusal`) as a notice rather than an error
 * (nothing went wrong); a back-office page, guarded before it renders, leaves both out.
 */
export function FormPage({
  backHref,
  backLabel,
  title,
  allowed = true,
  refusal,
  children,
}: {
  backHref: string;
  backLabel: ReactNode;
  title: string;
  allowed?: boolean;
  refusal?: ReactNode;
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
