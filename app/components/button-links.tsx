import Link from "next/link";
import { Fragment } from "react";

/** A page's actions as a row of button links: its main one first, the others after it in the secondary style. */
export function ButtonLinks({ className, links }: { className?: string; links: { href: string; label: string }[] }) {
  return (
    // button-row: buttons that wrap onto a second row keep a gap between the rows.
    <p className={className ? `button-row ${className}` : "button-row"}>
      {links.map((l, i) => (
        <Fragment key={l.href}>
          {i > 0 && " "}
          <Link className={i === 0 ? "button" : "button button-secondary"} href={l.href}>
            {l.label}
          </Link>
        </Fragment>
      ))}
    </p>
  );
}
