import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import activity from "../../../app/i18n/messages/pl/activity.json";
import trainings from "../../../app/i18n/messages/pl/trainings.json";
import { toCardData, type RegistrationCardData } from "../../../app/account/registrations/card-data";
import { RegistrationCards } from "../../../app/account/registrations/registration-cards";
import { renderWithMessages } from "../../helpers/intl";

global.fetch ??= (() => Promise.reject(new Error("unexpected network call"))) as typeof fetch;
const graphqlResponse = (body: unknown) => ({ ok: true, status: 200, json: async () => body }) as Response;

let fetchSpy: jest.SpyInstance;
let confirmSpy: jest.SpyInstance;
beforeEach(() => {
  fetchSpy = jest.spyOn(global, "fetch");
  confirmSpy = jest.spyOn(window, "confirm").mockReturnValue(true);
});
afterEach(() => jest.restoreAllMocks());

const NOW = Date.parse("2027-03-01T12:00:00Z");
const training = (id: string, title: string, startsAt: string, over: Partial<RegistrationCardData["training"]> = {}) => ({
  id,
  title,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 3 * 3600_000).toISOString(),
  venue: "Sala sesyjna",
  cancelledAt: null,
  ...over,
});
const REGS: RegistrationCardData[] = [
  { id: "r1", status: "CONFIRMED", waitlistPosition: null, attended: false, training: training("t1", "Zamówienia społeczne", "2027-03-10T09:00:00Z") },
  { id: "r2", status: "CANCELLED", waitlistPosition: null, attended: false, training: training("t2", "Księgowość PES", "2027-03-12T09:00:00Z") },
  { id: "r3", status: "CONFIRMED", waitlistPosition: null, attended: true, training: training("t3", "Marketing lokalny", "2027-02-10T09:00:00Z") },
  { id: "r4", status: "WAITLISTED", waitlistPosition: 2, attended: false, training: training("t4", "Dotacje", "2027-03-20T09:00:00Z") },
];

function renderCards(regs = REGS) {
  renderWithMessages({ activity, trainings }, <RegistrationCards registrations={regs} now={NOW} />, { timeZone: "Europe/Warsaw" });
}
const card = (title: string) => screen.getAllByTestId("registration-row").find((li) => li.textContent!.includes(title))!;

describe("RegistrationCards", () => {
  it("shows one card per training with its state and the actions that fit it", () => {
    renderCards();
    expect(screen.getAllByTestId("registration-row")).toHaveLength(4);

    const upcoming = within(card("Zamówienia społeczne"));
    expect(upcoming.getByTestId("registration-status")).toHaveTextContent("Miejsce potwierdzone");
    expect(upcoming.getByRole("button", { name: /^Zrezygnuj\W+Zamówienia społeczne$/ })).toBeEnabled();
    expect(upcoming.getByRole("link", { name: /Dodaj do kalendarza/ })).toHaveAttribute("href", "/trainings/t1/calendar.ics");
    expect(upcoming.queryByRole("link", { name: /Zaświadczenie/ })).toBeNull();

    const cancelled = within(card("Księgowość PES"));
    expect(cancelled.getByTestId("registration-status")).toHaveTextContent("Zrezygnowano");
    expect(cancelled.queryByRole("button")).toBeNull();
    expect(cancelled.queryByRole("link", { name: /Dodaj do kalendarza/ })).toBeNull();
    expect(cancelled.getByRole("link", { name: "Zapisz się ponownie" })).toHaveAttribute("href", "/trainings/t2");

    const past = within(card("Marketing lokalny"));
    expect(past.queryByRole("button")).toBeNull();
    expect(past.getByRole("link", { name: /Zaświadczenie/ })).toHaveAttribute("href", "/trainings/t3/certificate.pdf");

    expect(within(card("Dotacje")).getByText(/miejsce na liście: 2/)).toBeInTheDocument();
  });

  it("cancels after the question, then shows the new state and a visible confirmation that receives focus", async () => {
    const user = userEvent.setup();
    fetchSpy.mockResolvedValueOnce(graphqlResponse({ data: { cancelRegistration: { id: "r1", status: "CANCELLED", waitlistPosition: null } } }));
    renderCards();
    const row = within(card("Zamówienia społeczne"));
    await user.click(row.getByRole("button", { name: /Zrezygnuj/ }));
    expect(confirmSpy).toHaveBeenCalledWith("Zrezygnować z udziału w „Zamówienia społeczne”?");
    expect(JSON.parse((fetchSpy.mock.calls[0][1] as RequestInit).body as string).variables).toEqual({ trainingId: "t1" });

    const done = await row.findByRole("status");
    expect(done).toHaveTextContent("Zrezygnowano z udziału w „Zamówienia społeczne”.");
    expect(done).toBeVisible();
    expect(done).not.toHaveClass("visually-hidden");
    await waitFor(() => expect(done).toHaveFocus());
    expect(row.getByTestId("registration-status")).toHaveTextContent("Zrezygnowano");
    expect(row.queryByRole("button")).toBeNull();
    expect(row.queryByRole("link", { name: /Dodaj do kalendarza/ })).toBeNull();
    expect(row.getByRole("link", { name: "Zapisz się ponownie" })).toBeInTheDocument();
  });

  it("does nothing when the question is declined, and shows a focused error when the API refuses", async () => {
    const user = userEvent.setup();
    renderCards();
    const row = within(card("Zamówienia społeczne"));
    confirmSpy.mockReturnValueOnce(false);
    await user.click(row.getByRole("button", { name: /Zrezygnuj/ }));
    expect(fetchSpy).not.toHaveBeenCalled();

    fetchSpy.mockResolvedValueOnce(graphqlResponse({ errors: [{ message: "boom", extensions: { code: "CONFLICT" } }] }));
    await user.click(row.getByRole("button", { name: /Zrezygnuj/ }));
    const alert = await row.findByRole("alert");
    expect(alert).toHaveTextContent("Nie udało się zrezygnować. Spróbuj ponownie.");
    await waitFor(() => expect(alert).toHaveFocus());
    expect(row.getByTestId("registration-status")).toHaveTextContent("Miejsce potwierdzone");
    expect(row.getByRole("button", { name: /Zrezygnuj/ })).toBeEnabled();
  });
});

describe("toCardData", () => {
  it("makes plain objects of the in-process API's prototype-less results (React passes only those to a client component)", () => {
    const bare = <T extends object>(o: T): T => Object.assign(Object.create(null), o);
    const [row] = toCardData([
      bare({ id: "r1", status: "CONFIRMED", attended: false, training: bare({ id: "t1", title: "A", startsAt: "2027-03-10T09:00:00.000Z", endsAt: "2027-03-10T12:00:00.000Z", venue: "Sala" }) }),
    ]);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(row.training)).toBe(Object.prototype);
    expect(row).toEqual({
      id: "r1",
      status: "CONFIRMED",
      waitlistPosition: null,
      attended: false,
      training: { id: "t1", title: "A", startsAt: "2027-03-10T09:00:00.000Z", endsAt: "2027-03-10T12:00:00.000Z", venue: "Sala", cancelledAt: null },
    });
  });
});
