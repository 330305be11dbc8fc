import { render, screen, within } from "@testing-library/react";
import { BookingsTable } from "../../../app/marketplace/bookings/bookings-table";
import { DataTable } from "../../../app/components/data-table";

// A server component: its translators give the key back, dates as they came.
jest.mock("next-intl/server", () => ({ getTranslations: async (ns: string) => (key: string) => `${ns}.${key}` }));
jest.mock("../../../app/lib/dates-server", () => ({ getDateFormatter: async () => (iso: string) => iso }));

/**
 * The bookings table becomes cards on a phone by changing its display (stacked-table,
 * globals.css), which drops table semantics in Safari: the table says its roles itself.
 */
describe("BookingsTable", () => {
  it("keeps table, row, column-header and cell roles written out, so the cards stay a table", async () => {
    const ui = await BookingsTable({
      rows: [
        { id: "b1", from: "2026-12-01", to: "2026-12-03", status: "REQUESTED" },
        { id: "b2", from: "2026-12-10", to: "2026-12-11", status: "CANCELLED" },
      ],
      label: "Moje rezerwacje",
      first: { header: "Sprzęt", cell: (r) => `Namiot ${r.id}` },
      actions: (r) => <button type="button">Anuluj {r.id}</button>,
    });
    render(ui);
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("role", "table");
    expect(table).toHaveClass("stacked-table");
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((h) => h.textContent)).toEqual([
      "Sprzęt",
      "marketplace.booking.dates",
      "marketplace.booking.status",
      "marketplace.handover.history",
      "marketplace.booking.actions",
    ]);
    headers.forEach((h) => expect(h).toHaveAttribute("role", "columnheader"));
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    rows.forEach((r) => expect(r).toHaveAttribute("role", "row"));
    const cells = within(rows[1]).getAllByRole("cell");
    expect(cells).toHaveLength(5);
    cells.forEach((c) => expect(c).toHaveAttribute("role", "cell"));
    expect(cells[0]).toHaveTextContent("Namiot b1");
    expect(within(cells[4]).getByRole("button", { name: "Anuluj b1" })).toBeInTheDocument();
    expect(table.querySelectorAll("[role=rowgroup]")).toHaveLength(2);
  });
});

describe("DataTable", () => {
  it("writes no roles out where its display is left alone", () => {
    render(<DataTable label="Lista" columns={["A"]} rows={[1]} row={(n) => <tr key={n}><td>{n}</td></tr>} />);
    expect(screen.getByRole("table")).not.toHaveAttribute("role");
    expect(screen.getByRole("columnheader")).not.toHaveAttribute("role");
    expect(screen.getByRole("table")).not.toHaveClass("stacked-table");
  });
});
