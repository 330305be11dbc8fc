import type { ReactNode } from "react";

/**
 * A section of a page that holds one list, named by its heading (`${name}-heading`): what
 * may be done there (`action`, above it), the list (`children`) or, when `count` is 0, the
 * text that says it is empty (without one, an empty list's section is left out), then what
 * follows either (`after`: a form, a link on).
 */
export function ListSection(props: {
  name: string;
  heading: ReactNode;
  /** The section's own anchor, when a link leads to it. */
  id?: string;
  className?: string;
  action?: ReactNode;
  count: number;
  empty?: string;
  after?: ReactNode;
  children: ReactNode;
}) {
  if (!props.count && props.empty === undefined) return null;
  return (
    <section aria-labelledby={`${props.name}-heading`} id={props.id} className={props.className}>
      <h2 id={`${props.name}-heading`}>{props.heading}</h2>
      {props.action && <p className="no-print">{props.action}</p>}
      {props.count ? props.children : <p className="muted">{props.empty}</p>}
      {props.after}
    </section>
  );
}
