import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import trainings from "../../../app/i18n/messages/pl/trainings.json";
import { RegistrationButton, type RegistrationButtonProps } from "../../../app/trainings/[id]/registration-button";
import { graphqlResponse, requestBody } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

let fetchSpy: jest.SpyInstance;
beforeEach(() => {
  fetchSpy = jest.spyOn(global, "fetch");
  jest.spyOn(window, "confirm").mockReturnValue(true);
});
afterEach(() => jest.restoreAllMocks());

function renderButton(over: Partial<RegistrationButtonProps> = {}) {
  const onChange = jest.fn();
  renderWithMessages({ trainings }, <RegistrationButton trainingId="t1" registration={null} closedReason={null} seatsLeft={3} onChange={onChange} {...over} />);
  return onChange;
}
const sent = (i = 0) => requestBody(fetchSpy, i);

describe("RegistrationButton", () => {
  it("offers a sign-in link to visitors who are signed out", () => {
    renderButton({ closedReason: "SIGNED_OUT" });
    expect(screen.getByRole("link", { name: "Zaloguj się, aby się zapisać" })).toHaveAttribute("href", "/signin?callbackUrl=%2Ftrainings%2Ft1");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it.each([
    ["DEADLINE", "Termin zapisów minął."],
    ["AUDIENCE", "To wydarzenie nie jest przeznaczone dla Twojej grupy."],
    ["CANCELLED", "Wydarzenie odwołane – zapisy zamknięte."],
    ["STARTED", "Wydarzenie już się rozpoczęło – zapisy zamknięte."],
  ] as const)("explains why registration is closed (%s) and offers no button", (reason, text) => {
    renderButton({ closedReason: reason });
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("says 'join the waiting list' when no seats are left", () => {
    renderButton({ seatsLeft: 0 });
    expect(screen.getByRole("button", { name: "Zapisz się na listę rezerwową" })).toBeInTheDocument();
  });

  it("shows a confirmed seat with the check-in code and a cancel button", () => {
    renderButton({ registration: { status: "CONFIRMED", waitlistPosition: null, checkInCode: "ABCD2345" } });
    expect(screen.getByTestId("registration-state")).toHaveTextContent("Masz potwierdzone miejsce.");
    expect(screen.getByText("Kod wejścia: ABCD2345")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Zrezygnuj" })).toBeInTheDocument();
  });

  it("shows the waiting-list position", () => {
    renderButton({ registration: { status: "WAITLISTED", waitlistPosition: 4 } });
    expect(screen.getByTestId("registration-state")).toHaveTextContent("Jesteś na liście rezerwowej – pozycja 4.");
  });

  it("registers with the answers and announces the waiting-list place", async () => {
    fetchSpy.mockResolvedValue(graphqlResponse({ data: { registerForTraining: { id: "r1", status: "WAITLISTED", waitlistPosition: 2, checkInCode: null } } }));
    const onChange = renderButton({ askDietary: true });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Potrzeby żywieniowe (opcjonalnie)"), "wegańska");
    await user.click(screen.getByRole("button", { name: "Zapisz się" }));
    expect(sent().variables).toEqual({ trainingId: "t1", answers: { dietary: "wegańska", accessibility: null } });
    expect(await screen.findByTestId("registration-state")).toHaveTextContent("pozycja 2");
    expect(screen.getByTestId("action-status")).toHaveTextContent("Jesteś na liście rezerwowej – pozycja 2.");
    expect(screen.getByTestId("action-status")).toHaveFocus();
    expect(onChange).toHaveBeenCalled();
  });

  it("requires the consent box before calling the server", async () => {
    renderButton({ consentText: "Zgadzam się na przetwarzanie danych." });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Zapisz się" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Zaznacz zgodę, aby się zapisać");
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockResolvedValue(graphqlResponse({ data: { registerForTraining: { id: "r1", status: "CONFIRMED", waitlistPosition: null, checkInCode: "X" } } }));
    await user.click(screen.getByLabelText("Zgadzam się na przetwarzanie danych."));
    await user.click(screen.getByRole("button", { name: "Zapisz się" }));
    expect(sent().variables.answers.consent).toBe(true);
    expect(await screen.findByTestId("registration-state")).toHaveTextContent("Masz potwierdzone miejsce.");
  });

  it("shows the server's refusal as an alert and stays unregistered", async () => {
    fetchSpy.mockResolvedValue(graphqlResponse({ errors: [{ message: "The registration deadline has passed", extensions: { code: "FORBIDDEN" } }] }));
    renderButton();
    await userEvent.setup().click(screen.getByRole("button", { name: "Zapisz się" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The registration deadline has passed");
    expect(screen.queryByTestId("registration-state")).not.toBeInTheDocument();
  });

  it("cancels after confirmation and offers registering again", async () => {
    fetchSpy.mockResolvedValue(graphqlResponse({ data: { cancelRegistration: { id: "r1", status: "CANCELLED", waitlistPosition: null } } }));
    renderButton({ registration: { status: "CONFIRMED" } });
    await userEvent.setup().click(screen.getByRole("button", { name: "Zrezygnuj" }));
    expect(sent().variables).toEqual({ trainingId: "t1" });
    expect(await screen.findByRole("button", { name: "Zapisz się" })).toBeInTheDocument();
    // Visible (not a screen-reader-only text) and focused.
    const done = screen.getByTestId("action-status");
    expect(done).toHaveTextContent("Zrezygnowano z udziału.");
    expect(done).not.toHaveClass("visually-hidden");
    expect(done).toHaveFocus();
  });

  it("does nothing when the person does not confirm cancelling", async () => {
    (window.confirm as jest.Mock).mockReturnValue(false);
    renderButton({ registration: { status: "CONFIRMED" } });
    await userEvent.setup().click(screen.getByRole("button", { name: "Zrezygnuj" }));
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("asks the organiser's questions and sends the answers by question id", async () => {
    fetchSpy.mockResolvedValue(graphqlResponse({ data: { registerForTraining: { id: "r1", status: "CONFIRMED", waitlistPosition: null, checkInCode: "ABCD2345" } } }));
    renderButton({
      questions: [
        { id: "q1", type: "SHORT_TEXT" as never, label: "Stanowisko", help: "W organizacji", required: true, options: [] },
        { id: "q2", type: "MANY_CHOICES" as never, label: "Tematy", required: false, options: ["Klauzule", "Lokale"] },
        { id: "q3", type: "YES_NO" as never, label: "Parking", required: false, options: [] },
      ],
    });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Stanowisko (wymagane)"), "Prezeska");
    await user.click(screen.getByLabelText("Lokale"));
    await user.click(screen.getByLabelText("Nie"));
    await user.click(screen.getByRole("button", { name: "Zapisz się" }));
    expect(sent().variables.answers.questions).toEqual([
      { questionId: "q1", text: "Prezeska" },
      { questionId: "q2", choices: ["Lokale"] },
      { questionId: "q3", yes: false },
    ]);
  });
});
