import { screen } from "@testing-library/react";
import common from "../../../app/i18n/messages/pl/common.json";
import en from "../../../app/i18n/messages/en/common.json";
import { DataTable } from "../../../app/components/data-table";
import { renderWithMessages } from "../../helpers/intl";

/** A table without rows is an empty state, never a row of headings with nothing under them. */
const table = (empty?: string) => <DataTable label="Lista" columns={["Rok", "Liczba"]} rows={[] as number[]} row={(n) => <tr key={n}><td>{n}</td></tr>} empty={empty} />;

it("says there is nothing to show, in the page's language, when its page gave no empty text", () => {
  renderWithMessages({ common }, table());
  expect(screen.queryByRole("table")).not.toBeInTheDocument();
  expect(screen.getByText(common.emptyTable)).toHaveClass("empty-state");
});

it("says it in English on an English page", () => {
  renderWithMessages({ common: en }, table(), { locale: "en" });
  expect(screen.queryByRole("table")).not.toBeInTheDocument();
  expect(screen.getByText("No data to show.")).toHaveClass("empty-state");
});

it("keeps the page's own empty text where it gives one", () => {
  renderWithMessages({ common }, table("Brak danych w tym okresie."));
  expect(screen.queryByRole("table")).not.toBeInTheDocument();
  expect(screen.getByText("Brak danych w tym okresie.")).toHaveClass("empty-state");
  expect(screen.queryByText(common.emptyTable)).not.toBeInTheDocument();
});
