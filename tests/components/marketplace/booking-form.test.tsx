import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import marketplace from "../../../app/i18n/messages/pl/marketplace.json";
import { BookingForm } from "../../../app/marketplace/equipment/booking-form";
import { graphqlResponse, requestBody, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

const fetchSpy = spyOnFetchEachTest();

const TODAY = "2030-06-10";

function renderForm(onBooked = jest.fn()) {
  renderWithMessages({ marketplace }, <BookingForm noticeId="notice-1" today={TODAY} onBooked={onBooked} />);
  return onBooked;
}

// Date inputs: typing is browser-specific, so set the value directly.
function setDate(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}
const sentBody = () => requestBody(fetchSpy());

describe("BookingForm", () => {
  it("sends the chosen days and message, then confirms politely", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { requestBooking: { id: "b1", status: "REQUESTED", from: "2030-06-12", to: "2030-06-14" } } }));
    const onBooked = renderForm();
    setDate("Od (pierwszy dzień)", "2030-06-12");
    setDate("Do (ostatni dzień)", "2030-06-14");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Wiadomość do właściciela (opcjonalnie)"), "Na festyn");
    await user.click(screen.getByRole("button", { name: "Wyślij prośbę" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Prośba wysłana");
    expect(onBooked).toHaveBeenCalled();
    expect(sentBody().variables).toEqual({ noticeId: "notice-1", from: "2030-06-12", to: "2030-06-14", message: "Na festyn" });
  });

  it("refuses a first day in the past and a last day before the first, without sending", async () => {
    renderForm();
    setDate("Od (pierwszy dzień)", "2030-06-09");
    setDate("Do (ostatni dzień)", "2030-06-08");
    await userEvent.setup().click(screen.getByRole("button", { name: "Wyślij prośbę" }));
    expect(await screen.findByText("Pierwszy dzień nie może być w przeszłości.")).toBeInTheDocument();
    expect(screen.getByText("Ostatni dzień nie może być przed pierwszym.")).toBeInTheDocument();
    expect(screen.getByLabelText("Od (pierwszy dzień)")).toHaveAttribute("aria-invalid", "true");
    expect(fetchSpy()).not.toHaveBeenCalled();
  });

  it("requires both days", async () => {
    renderForm();
    await userEvent.setup().click(screen.getByRole("button", { name: "Wyślij prośbę" }));
    expect(await screen.findAllByText("To pole jest wymagane")).toHaveLength(2);
    expect(fetchSpy()).not.toHaveBeenCalled();
  });

  it("tells the borrower when the days are already taken (CONFLICT)", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: null, errors: [{ message: "taken", extensions: { code: "CONFLICT" } }] }));
    const onBooked = renderForm();
    setDate("Od (pierwszy dzień)", "2030-06-12");
    setDate("Do (ostatni dzień)", "2030-06-12");
    await userEvent.setup().click(screen.getByRole("button", { name: "Wyślij prośbę" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Te dni są już zajęte.");
    expect(onBooked).not.toHaveBeenCalled();
  });

  it("puts a server BAD_USER_INPUT message on the named date field", async () => {
    fetchSpy().mockResolvedValue(
      graphqlResponse({ data: null, errors: [{ message: "Invalid input", extensions: { code: "BAD_USER_INPUT", fields: { to: "A booking can last at most 90 days" } } }] }),
    );
    renderForm();
    setDate("Od (pierwszy dzień)", "2030-06-12");
    setDate("Do (ostatni dzień)", "2030-12-12");
    await userEvent.setup().click(screen.getByRole("button", { name: "Wyślij prośbę" }));
    expect(await screen.findByText("A booking can last at most 90 days")).toBeInTheDocument();
    expect(screen.getByLabelText("Do (ostatni dzień)")).toHaveAttribute("aria-invalid", "true");
  });
});
