import Link from "next/link";

/** Keyset pagination: "next page" follows the cursor, "first page" starts over. */
export function PaginationNav(props: { label: string; nextLabel: string; firstLabel: string; nextHref: string | null; firstHref: string | null }) {
  if (!props.nextHref && !props.firstHref) return null;
  return (
    <nav className="pagination no-print" aria-label={props.label}>
      {props.firstHref && (
        <Link className="button button-secondary" href={props.firstHref}>
          {props.firstLabel}
        </Link>
      )}
      {props.nextHref && (
        <Link className="button" href={props.nextHref} rel="next">
          {props.nextLabel}
        </Link>
      )}
    </nav>
  );
}
