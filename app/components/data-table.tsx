import type { ReactNode } from "react";

/** A column heading; with a class where the column needs one (actions left out of print). */
export type Column = ReactNode | { label: ReactNode; className: string };

export interface DataTableProps<T> {
  /** The name of the scrollable region: its own text, or the id of the heading that names it. */
  label?: string;
  labelledBy?: string;
  regionClassName?: string;
  className?: string;
  /** A caption, for screen readers only unless `showCaption`. */
  caption?: ReactNode;
  showCaption?: boolean;
  columns: Column[];
  rows: readonly T[];
  /** One `<tr>` (with its key) of a row. */
  row: (r: T, index: number) => ReactNode;
  /** When given, a list without rows is this text (an empty state) instead of a table. */
  empty?: ReactNode;
}

/**
 * A wide table that may scroll sideways: a focusable, labelled region, so that keyboard
 * users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableRegion(props: { label?: string; labelledBy?: string; className?: string; children: ReactNode }) {
  return (
    <div className={props.className ?? "table-wrap"} role="region" aria-label={props.label} aria-labelledby={props.labelledBy} tabIndex={0}>
      {props.children}
    </div>
  );
}

/** A table of rows under column headings, in a TableRegion; or the empty state. */
export function DataTable<T>(props: DataTableProps<T>) {
  if (props.empty !== undefined && props.rows.length === 0) return <p className="empty-state">{props.empty}</p>;
  return (
    <TableRegion label={props.label} labelledBy={props.labelledBy} className={props.regionClassName}>
      <table className={props.className}>
        {props.caption && <caption className={props.showCaption ? undefined : "visually-hidden"}>{props.caption}</caption>}
        <thead>
          <tr>
            {props.columns.map((c, i) =>
              c !== null && typeof c === "object" && "label" in c ? (
                <th key={i} scope="col" className={c.className}>
                  {c.label}
                </th>
              ) : (
                <th key={i} scope="col">
                  {c}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{props.rows.map((r, i) => props.row(r, i))}</tbody>
      </table>
    </TableRegion>
  );
}
