import { useTranslations } from "next-intl";
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
  /**
   * A list without rows is this text (an empty state) instead of a table; without it, the
   * common "no data" text: a table of headings alone says nothing.
   */
  empty?: ReactNode;
  /**
   * Rows become cards on a phone (`.stacked-table`, globals.css). Changing a table's
   * `display` drops its table semantics in Safari, so the table says its roles itself;
   * its rows then use `StackedRow` and `StackedCell`.
   */
  stacked?: boolean;
}

/** A body row of a `stacked` DataTable: a row even where CSS shows it as a card. */
export function StackedRow({ children }: { children: ReactNode }) {
  return <tr role="row">{children}</tr>;
}

/**
 * The column's name before a cell's content, shown only where the rows are cards; hidden
 * from screen readers, which have the table's own headings.
 */
function CellLabel({ label }: { label?: string }) {
  return label ? (
    <span className="cell-label" aria-hidden="true">
      {label}
    </span>
  ) : null;
}

/** A cell of a `StackedRow`: a cell even where CSS shows it as a block, under its column's `label` there. */
export function StackedCell({ className, label, children }: { className?: string; label?: string; children: ReactNode }) {
  return (
    <td role="cell" className={className}>
      <CellLabel label={label} />
      {children}
    </td>
  );
}

/** The cell of a `StackedRow` that names the row: a row header even where CSS shows it as a block. */
export function StackedRowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" role="rowheader">
      {children}
    </th>
  );
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

/** The empty state of a table given no text of its own. */
function NoRows() {
  const t = useTranslations("common");
  return <p className="empty-state">{t("emptyTable")}</p>;
}

/** A table of rows under column headings, in a TableRegion; or the empty state. */
export function DataTable<T>(props: DataTableProps<T>) {
  if (props.rows.length === 0) return props.empty === undefined ? <NoRows /> : <p className="empty-state">{props.empty}</p>;
  const stacked = !!props.stacked;
  // The roles a table has anyway, written out only where CSS changes its display.
  const role = (r: string) => (stacked ? r : undefined);
  return (
    <TableRegion label={props.label} labelledBy={props.labelledBy} className={props.regionClassName}>
      <table className={stacked ? [props.className, "stacked-table"].filter(Boolean).join(" ") : props.className} role={role("table")}>
        {props.caption && <caption className={props.showCaption ? undefined : "visually-hidden"}>{props.caption}</caption>}
        <thead role={role("rowgroup")}>
          <tr role={role("row")}>
            {props.columns.map((c, i) =>
              c !== null && typeof c === "object" && "label" in c ? (
                <th key={i} scope="col" className={c.className} role={role("columnheader")}>
                  {c.label}
                </th>
              ) : (
                <th key={i} scope="col" role={role("columnheader")}>
                  {c}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody role={role("rowgroup")}>{props.rows.map((r, i) => props.row(r, i))}</tbody>
      </table>
    </TableRegion>
  );
}
