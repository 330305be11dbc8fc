import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getDateFormatter } from "../../lib/dates-server";
import { DataTable, StackedCell, StackedRow } from "../../components/data-table";
import { BookingActions } from "../equipment/booking-actions";
import { LoanBorrowerActions } from "../equipment/loan-actions";

/** What happened at the handover and the return of one booking or item request, as short lines. */
export async function HandoverHistory({ r }: { r: Omit<BookingRow, "id" | "from" | "to" | "status"> }) {
  const [th, fmtDate] = await Promise.all([getTranslations("marketplace.handover"), getDateFormatter()]);
  const when = (iso: string) => fmtDate(iso, "dateTime");
  return (
    <ul className="muted plain">
      <li>{r.handedOverAt ? th("handedOver", { date: when(r.handedOverAt) }) : th("notYet")}</li>
      {r.receivedAt && <li>{th("received", { date: when(r.receivedAt) })}</li>}
      {r.handoverNote && <li>{th("note", { note: r.handoverNote })}</li>}
      {r.returnedAt && <li>{th("returned", { date: when(r.returnedAt) })}</li>}
      {r.returnCondition && <li>{th("condition", { condition: r.returnCondition })}</li>}
      {r.returnNote && <li>{th("note", { note: r.returnNote })}</li>}
    </ul>
  );
}

export interface BookingRow {
  id: string;
  from: string;
  to: string;
  status: string;
  handedOverAt?: string | null;
  handoverNote?: string | null;
  returnedAt?: string | null;
  returnCondition?: string | null;
  returnNote?: string | null;
  receivedAt?: string | null;
  /** Loans: past the last day (Europe/Warsaw) without a recorded return. */
  overdue?: boolean;
  extensionTo?: string | null;
  extensionRefusedAt?: string | null;
  extensionRefusalReason?: string | null;
}

/** The borrower's buttons on a booking of theirs (both lists of them): cancel until handed over, and an approved loan's own. */
export function BorrowerActions({ b, today }: { b: BookingRow; today: string }) {
  return (
    <>
      <BookingActions id={b.id} status={b.status} asOwner={false} handedOver={!!b.handedOverAt || !!b.receivedAt} />
      {b.status === "APPROVED" && <LoanBorrowerActions id={b.id} from={b.from} to={b.to} today={today} received={!!b.receivedAt} />}
    </>
  );
}

/**
 * Bookings of loans as a table — one for the borrower's own (/marketplace/bookings) and
 * the owner's view of a notice: the first column (the item, or the borrower) and the
 * actions differ, the dates, status and handover history are the same.
 */
export async function BookingsTable<R extends BookingRow>({
  rows,
  label,
  first,
  actions,
}: {
  rows: R[];
  /** Names the scrollable region (aria-label). */
  label: string;
  /** The first column (the item, or the borrower); none when the page itself says which item. */
  first?: { header: string; cell: (r: R) => ReactNode };
  actions: (r: R) => ReactNode;
}) {
  const [t, th, tl, fmtDate] = await Promise.all([
    getTranslations("marketplace"),
    getTranslations("marketplace.handover"),
    getTranslations("marketplace.loan"),
    getDateFormatter(),
  ]);
  const [dates, status, history] = [t("booking.dates"), t("booking.status"), th("history")];
  return (
    // On a phone each booking is a card (stacked-table, globals.css): side by side, the
    // actions were off the screen in a box of their own that scrolled sideways.
    <DataTable
      label={label}
      stacked
      columns={[
        ...(first ? [first.header] : []),
        dates,
        status,
        history,
        { label: t("booking.actions"), className: "no-print" },
      ]}
      rows={rows}
      row={(b) => (
        <StackedRow key={b.id}>
          {first && (
            <StackedCell label={first.header}>
              {first.cell(b)}
            </StackedCell>
          )}
          <StackedCell label={dates}>
            {fmtDate(b.from, "date")} – {fmtDate(b.to, "date")}
          </StackedCell>
          <StackedCell label={status}>
            {t(`bookingStatuses.${b.status}` as "bookingStatuses.REQUESTED")}
            {b.overdue && (
              <>
                {" "}
                <span className="badge badge-warning">{tl("overdue")}</span>
              </>
            )}
            {b.status === "APPROVED" && b.extensionTo && <p className="muted">{tl("extensionPending", { date: fmtDate(b.extensionTo, "date") })}</p>}
            {b.status === "APPROVED" && !b.extensionTo && b.extensionRefusedAt && (
              <p className="muted">{tl("extensionRefused", { reason: b.extensionRefusalReason || "none" })}</p>
            )}
          </StackedCell>
          <StackedCell label={history}>
            {b.status === "APPROVED" || b.status === "RETURNED" ? <HandoverHistory r={b} /> : "—"}
          </StackedCell>
          <StackedCell className="no-print">{actions(b)}</StackedCell>
        </StackedRow>
      )}
    />
  );
}
