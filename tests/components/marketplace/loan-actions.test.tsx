import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import marketplace from "../../../app/i18n/messages/pl/marketplace.json";
import { ExtensionDecision, LoanBorrowerActions } from "../../../app/marketplace/equipment/loan-actions";
import { graphqlRefusal, graphqlResponse, requestBody, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { refresh } from "../../helpers/router";

jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);
const fetchSpy = spyOnFetchEachTest();

const wrap = (ui: React.ReactNode) => render(<NextIntlClientProvider locale="pl" messages={{ marketplace }}>{ui}</NextIntlClientProvider>);
const sent = () => requestBody(fetchSpy());
const refused = (code: string) => graphqlRefusal(code);

describe("LoanBorrowerActions", () => {
  it("confirms receipt from the first day on, and not before", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { confirmBookingReceipt: { id: "b1", receivedAt: "2030-06-10T08:00:00Z" } } }));
    const { unmount } = wrap(<LoanBorrowerActions id="b1" from="2030-06-10" to="2030-06-12" today="2030-06-10" received={false} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Potwierdź odbiór" }));
    expect(sent().variables).toEqual({ id: "b1" });
    expect(await screen.findByText("Potwierdzono odbiór.")).toBeInTheDocument();
    unmount();
    wrap(<LoanBorrowerActions id="b1" from="2030-06-11" to="2030-06-12" today="2030-06-10" received={false} />);
    expect(screen.queryByRole("button", { name: "Potwierdź odbiór" })).not.toBeInTheDocument();
  });

  it("asks for an extension from the day after the last day, and explains a CONFLICT", async () => {
    fetchSpy().mockResolvedValue(refused("CONFLICT"));
    wrap(<LoanBorrowerActions id="b1" from="2030-06-10" to="2030-06-12" today="2030-06-10" received />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Poproś o przedłużenie" }));
    const date = screen.getByLabelText("Nowy ostatni dzień");
    expect(date).toHaveAttribute("min", "2030-06-13");
    await user.clear(date);
    await user.type(date, "2030-06-15");
    await user.click(screen.getByRole("button", { name: "Wyślij prośbę" }));
    expect(sent().variables).toEqual({ id: "b1", to: "2030-06-15" });
    expect(await screen.findByText("Te dni są już zajęte przez inną rezerwację.")).toBeInTheDocument();
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe("ExtensionDecision", () => {
  it("approves", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { approveBookingExtension: { id: "b1", to: "2030-06-15", extensionTo: null } } }));
    wrap(<ExtensionDecision id="b1" />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Zatwierdź przedłużenie" }));
    expect(sent().variables).toEqual({ id: "b1" });
    expect(await screen.findByText("Przedłużono użyczenie.")).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });

  it("keeps the confirmation on screen when the refreshed page shows the extension decided", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { approveBookingExtension: { id: "b1", to: "2030-06-15", extensionTo: null } } }));
    const { rerender } = wrap(<ExtensionDecision id="b1" />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Zatwierdź przedłużenie" }));
    expect(await screen.findByText("Przedłużono użyczenie.")).toBeInTheDocument();
    rerender(
      <NextIntlClientProvider locale="pl" messages={{ marketplace }}>
        <ExtensionDecision id="b1" pending={false} />
      </NextIntlClientProvider>,
    );
    expect(screen.getByText("Przedłużono użyczenie.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Zatwierdź przedłużenie" })).not.toBeInTheDocument();
  });

  it("renders nothing under a loan with no extension pending and nothing to confirm", () => {
    const { container } = wrap(<ExtensionDecision id="b1" pending={false} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("refuses with the reason typed by the owner", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { refuseBookingExtension: { id: "b1", extensionTo: null } } }));
    wrap(<ExtensionDecision id="b1" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Odmów przedłużenia" }));
    await user.type(screen.getByLabelText("Powód odmowy (opcjonalnie, trafi do wypożyczającego)"), " Potrzebny na festyn ");
    await user.click(screen.getByRole("form", { name: "Odmów przedłużenia" }).querySelector("button[type=submit]")!);
    expect(sent().variables).toEqual({ id: "b1", reason: "Potrzebny na festyn" });
    expect(await screen.findByText("Odmówiono przedłużenia.")).toBeInTheDocument();
  });
});
