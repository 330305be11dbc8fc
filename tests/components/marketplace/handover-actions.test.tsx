import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import marketplace from "../../../app/i18n/messages/pl/marketplace.json";
import { BookingHandoverActions, ItemHandoverForm } from "../../../app/marketplace/equipment/handover-actions";
import { graphqlResponse, requestBody, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { refresh } from "../../helpers/router";

jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);
const fetchSpy = spyOnFetchEachTest();

const wrap = (ui: React.ReactNode) => render(<NextIntlClientProvider locale="pl" messages={{ marketplace }}>{ui}</NextIntlClientProvider>);
const sent = () => requestBody(fetchSpy());

describe("BookingHandoverActions", () => {
  it("records the handover from the first day on", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { recordBookingHandover: { id: "b1", status: "APPROVED", handedOverAt: "2030-06-10T08:00:00Z" } } }));
    wrap(<BookingHandoverActions id="b1" from="2030-06-10" today="2030-06-10" handedOver={false} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Zapisz przekazanie" }));
    expect(sent().variables).toEqual({ id: "b1" });
    expect(refresh).toHaveBeenCalled();
  });

  it("before the first day explains when the handover can be recorded", () => {
    wrap(<BookingHandoverActions id="b1" from="2030-06-12" today="2030-06-10" handedOver={false} />);
    expect(screen.queryByRole("button", { name: "Zapisz przekazanie" })).not.toBeInTheDocument();
    // The day in Polish words, as everywhere on the page, not "2030-06-12".
    expect(screen.getByText(/od pierwszego dnia rezerwacji/).textContent).toMatch(/\(12 cze 2030\)/);
  });

  it("records the return with condition and note", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { returnBooking: { id: "b1", status: "RETURNED" } } }));
    wrap(<BookingHandoverActions id="b1" from="2030-06-10" today="2030-06-11" handedOver />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Zapisz zwrot" }));
    await user.type(screen.getByLabelText("Stan przy zwrocie (opcjonalnie)"), "bez uszkodzeń");
    await user.type(screen.getByLabelText("Uwagi do zwrotu (opcjonalnie)"), "Czysty");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(sent().variables).toEqual({ id: "b1", condition: "bez uszkodzeń", note: "Czysty" });
  });

  it("shows a refusal in words", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: null, errors: [{ message: "x", extensions: { code: "CONFLICT" } }] }));
    wrap(<BookingHandoverActions id="b1" from="2030-06-10" today="2030-06-10" handedOver={false} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Zapisz przekazanie" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Odśwież stronę");
  });
});

describe("ItemHandoverForm", () => {
  it("records the handover to the accepted requester with an optional note", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { recordItemHandover: { id: "r1", handedOverAt: "2030-06-10T08:00:00Z" } } }));
    wrap(<ItemHandoverForm id="r1" requesterName="Jan" />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Uwagi do przekazania (opcjonalnie)"), "Odebrane");
    await user.click(screen.getByRole("button", { name: "Zapisz przekazanie" }));
    expect(sent().variables).toEqual({ id: "r1", note: "Odebrane" });
    expect(refresh).toHaveBeenCalled();
  });
});
