import { fireEvent, screen, waitFor } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import common from "../../../app/i18n/messages/pl/common.json";
import messages from "../../../app/i18n/messages/pl/premises.json";
import { FilterForm } from "../../../app/premises/filter-form";
import { EMPTY_STATE, parseSearchState, toQueryString, type SearchState } from "../../../app/premises/search-params";
import { renderWithMessages } from "../../helpers/intl";

const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh: jest.fn() }) }));

function renderForm(initial: Partial<SearchState> = {}, extra: Partial<Parameters<typeof FilterForm>[0]> = {}) {
  const navigate = jest.fn();
  const utils = renderWithMessages({ premises: messages, common }, <FilterForm initial={{ ...EMPTY_STATE, ...initial }} navigate={navigate} {...extra} />);
  return { navigate, ...utils };
}

describe("premises FilterForm", () => {
  it("is a plain GET form to /premises with named fields, so it works without JavaScript", () => {
    const { container } = renderForm();
    const form = container.querySelector("form")!;
    expect(form.getAttribute("method")).toBe("get");
    // The fragment brings a visitor without JavaScript straight to the results.
    expect(form.getAttribute("action")).toBe("/premises#results");
    const names = new Set([...form.querySelectorAll("[name]")].map((el) => el.getAttribute("name")));
    for (const n of ["areaMin", "areaMax", "rentMin", "rentMax", "districts", "status", "stepFree", "text", "orderBy"]) {
      expect(names).toContain(n);
    }
  });

  it("shows the current URL state in the fields", () => {
    renderForm({ areaMin: "40", rentMax: "3000", districts: ["Podgórz"], stepFree: true, orderBy: "AREA_DESC", text: "Łazienna" });
    expect(screen.getByRole("searchbox", { name: /Szukaj w adresie/ })).toHaveValue("Łazienna");
    expect(screen.getByRole("checkbox", { name: "Podgórz" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Bielany" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: /Bez barier/ })).toBeChecked();
    expect(screen.getByRole("combobox", { name: "Sortuj" })).toHaveValue("AREA_DESC");
  });

  it("pushes the filter to the URL query on submit", async () => {
    const { navigate } = renderForm();
    const areaFrom = screen.getByRole("textbox", { name: "Powierzchnia od" });
    const areaTo = screen.getByRole("textbox", { name: "Powierzchnia do" });
    fireEvent.change(areaFrom, { target: { value: "40" } });
    fireEvent.change(areaTo, { target: { value: "120" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Podgórz" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Mokre" }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Bez barier/ }));
    fireEvent.change(screen.getByRole("combobox", { name: "Sortuj" }), { target: { value: "RENT_PER_M2_ASC" } });
    fireEvent.click(screen.getByRole("button", { name: "Szukaj" }));
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const url = new URL(navigate.mock.calls[0][0], "http://x");
    expect(url.pathname).toBe("/premises");
    expect(url.searchParams.get("areaMin")).toBe("40");
    expect(url.searchParams.get("areaMax")).toBe("120");
    expect(url.searchParams.getAll("districts")).toEqual(["Mokre", "Podgórz"]);
    expect(url.searchParams.get("stepFree")).toBe("true");
    expect(url.searchParams.get("orderBy")).toBe("RENT_PER_M2_ASC");
    expect(url.searchParams.has("rentMin")).toBe(false);
  });

  it("refuses min > max and non-numbers with Polish messages, without navigating", async () => {
    const { navigate } = renderForm({ areaMin: "200", areaMax: "50", rentMax: "abc" });
    fireEvent.click(screen.getByRole("button", { name: "Szukaj" }));
    expect(await screen.findByText("Powierzchnia „od” nie może być większa niż „do”.")).toBeInTheDocument();
    expect(screen.getByText("Podaj liczbę, np. 45 lub 45,5.")).toBeInTheDocument();
    expect(navigate).not.toHaveBeenCalled();
  });

  it("accepts a Polish decimal comma", async () => {
    const { navigate } = renderForm({ areaMin: "45,5" });
    fireEvent.click(screen.getByRole("button", { name: "Szukaj" }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith("/premises?areaMin=45%2C5"));
  });

  it("shows the API's field errors next to the fields", () => {
    renderForm({}, { serverErrors: { text: "Najwyżej 200 znaków." } });
    expect(screen.getByRole("alert")).toHaveTextContent("Najwyżej 200 znaków.");
  });

  it("is rendered on the server with the values of the URL, so a plain GET submit keeps every filter", () => {
    const html = renderToString(
      <NextIntlClientProvider locale="pl" messages={{ premises: messages, common }}>
        <FilterForm
          initial={{ ...EMPTY_STATE, areaMin: "20", rentMax: "abc", districts: ["Mokre"], stepFree: true, orderBy: "AREA_DESC", status: "AVAILABLE", text: "Łazienna" }}
          serverErrors={{ rentMax: "To nie jest liczba" }}
          resultCount={7}
        />
      </NextIntlClientProvider>,
    );
    const doc = new DOMParser().parseFromString(html, "text/html");
    const q = (sel: string) => doc.querySelector(sel) as HTMLInputElement;
    expect(q("#f-areaMin").getAttribute("value")).toBe("20");
    expect(q("#f-rentMax").getAttribute("value")).toBe("abc");
    expect(q("#f-rentMax").getAttribute("aria-invalid")).toBe("true");
    expect(doc.querySelector("#f-rentMax-error")?.textContent).toBe("To nie jest liczba");
    expect(q("#f-text").getAttribute("value")).toBe("Łazienna");
    expect(q('input[name=districts][value="Mokre"]').hasAttribute("checked")).toBe(true);
    expect(q('input[name=districts][value="Podgórz"]').hasAttribute("checked")).toBe(false);
    expect(q("#f-stepFree").hasAttribute("checked")).toBe(true);
    expect(doc.querySelector('#f-order option[value="AREA_DESC"]')?.hasAttribute("selected")).toBe(true);
    expect(doc.querySelector('#f-status option[value="AVAILABLE"]')?.hasAttribute("selected")).toBe(true);
    expect(doc.querySelector("button[type=submit]")?.textContent).toBe("Pokaż 7 wyników");
  });

  it("shows facet counts per district", () => {
    renderForm({}, { districtCounts: { Podgórz: 6 } });
    expect(screen.getByRole("checkbox", { name: "Podgórz (6)" })).toBeInTheDocument();
  });

  it("clears everything", async () => {
    const { navigate } = renderForm({ areaMin: "10", districts: ["Mokre"] });
    fireEvent.click(screen.getByRole("link", { name: "Wyczyść" }));
    expect(navigate).toHaveBeenCalledWith("/premises");
  });
});

describe("search state in the URL", () => {
  it("round-trips through the query string and drops junk", () => {
    const s: SearchState = { ...EMPTY_STATE, areaMin: "40", districts: ["Podgórz", "Stare Miasto"], status: "RESERVED", text: "lokal", orderBy: "NEWEST" };
    expect(parseSearchState(new URLSearchParams(toQueryString(s)))).toEqual(s);
    expect(parseSearchState({ districts: ["Atlantyda", "Podgórz"], status: "NOPE", orderBy: "DROP" })).toMatchObject({
      districts: ["Podgórz"],
      status: "",
      orderBy: "RENT_ASC",
    });
    expect(parseSearchState({ districts: "Podgórz,Mokre" }).districts).toEqual(["Podgórz", "Mokre"]);
  });

  it("filters by condition and utilities as codes, labelled in the page's language, kept in the URL", async () => {
    const { navigate } = renderForm({ utilities: ["WATER"] });
    expect(screen.getByRole("checkbox", { name: "Woda" })).toBeChecked();
    fireEvent.click(screen.getByRole("checkbox", { name: "Do remontu" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Prąd" }));
    fireEvent.click(screen.getByRole("button", { name: "Szukaj" }));
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const url = new URL(navigate.mock.calls[0][0], "http://x");
    expect(url.searchParams.getAll("conditions")).toEqual(["NEEDS_RENOVATION"]);
    expect(url.searchParams.getAll("utilities")).toEqual(["ELECTRICITY", "WATER"]);
    expect(parseSearchState({ conditions: "GOOD,dobry", utilities: ["prąd", "GAS", "GAS"] })).toMatchObject({ conditions: ["GOOD"], utilities: ["GAS"] });
  });
});
