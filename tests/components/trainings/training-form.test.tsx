import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import trainings from "../../../app/i18n/messages/pl/trainings.json";
import { TrainingForm } from "../../../app/admin/trainings/training-form";
import { graphqlResponse, requestBody } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh: jest.fn() }) }));

let fetchSpy: jest.SpyInstance;
beforeEach(() => {
  fetchSpy = jest.spyOn(global, "fetch");
  push.mockReset();
});
afterEach(() => jest.restoreAllMocks());

const sent = () => requestBody(fetchSpy);
const setValue = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

function renderForm() {
  renderWithMessages({ trainings }, <TrainingForm />);
}

async function fillValid() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Tytuł"), "Klauzule społeczne");
  await user.type(screen.getByLabelText("Miejsce (nazwa sali, budynku lub „Online”)"), "Sala 102");
  setValue("Początek", "2027-01-19T09:00");
  setValue("Koniec", "2027-01-19T14:00");
  return user;
}

describe("TrainingForm", () => {
  it("sends Warsaw wall-clock times as UTC, quotas of the chosen audiences, and goes to the registrations page", async () => {
    fetchSpy.mockResolvedValue(graphqlResponse({ data: { createTraining: { id: "t9" } } }));
    renderForm();
    const user = await fillValid();
    setValue("Miejsca dla urzędników", "10");
    setValue("Miejsca dla PES", "");
    await user.type(screen.getByLabelText("Tematy (po przecinku)"), "klauzule, zamówienia ");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    const input = sent().variables.input;
    expect(input).toMatchObject({
      title: "Klauzule społeczne",
      startsAt: "2027-01-19T08:00:00.000Z",
      endsAt: "2027-01-19T13:00:00.000Z",
      capacity: 20,
      audience: ["OFFICIALS", "PES"],
      officialsQuota: 10,
      pesQuota: null,
      residentsQuota: null,
      topics: ["klauzule", "zamówienia"],
    });
    expect(push).toHaveBeenCalledWith("/admin/trainings/t9/registrations?saved=1");
  });

  it("sends the venue's coordinates typed with a Polish comma, and asks for the second one when only one is given", async () => {
    fetchSpy.mockResolvedValue(graphqlResponse({ data: { createTraining: { id: "t9" } } }));
    renderForm();
    const user = await fillValid();
    setValue("Szerokość geograficzna", "53,01037");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(await screen.findByText("Podaj obie współrzędne albo żadnej.")).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
    setValue("Długość geograficzna", "18.60368");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(sent().variables.input).toMatchObject({ latitude: 53.01037, longitude: 18.60368 });
  });

  it("focuses the first refused field in page order: a bad latitude before an empty start", async () => {
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Tytuł"), "Klauzule społeczne");
    await user.type(screen.getByLabelText("Miejsce (nazwa sali, budynku lub „Online”)"), "Sala 102");
    setValue("Szerokość geograficzna", "123");
    setValue("Długość geograficzna", "18");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(await screen.findAllByText(/^To pole jest wymagane/)).not.toHaveLength(0);
    expect(screen.getByLabelText("Szerokość geograficzna")).toHaveFocus();
  });

  it("fills a training's coordinates in the way the pages show them, with a Polish comma", () => {
    renderWithMessages(
      { trainings },
      <TrainingForm
        initial={{ id: "t1", kind: "TRAINING", title: "Szkolenie", venue: "Sala", latitude: 53.01037, longitude: 18.60368, startsAt: "2030-06-10T08:00:00Z", endsAt: "2030-06-10T10:00:00Z", capacity: 20, audience: ["PES"], topics: [], trainers: [], askDietary: false, askAccessibility: false }}
      />,
    );
    expect(screen.getByLabelText("Szerokość geograficzna")).toHaveValue("53,01037");
    expect(screen.getByLabelText("Długość geograficzna")).toHaveValue("18,60368");
  });

  it("puts the server's field errors next to the fields", async () => {
    fetchSpy.mockResolvedValue(
      graphqlResponse({ errors: [{ message: "Invalid input", extensions: { code: "BAD_USER_INPUT", fields: { capacity: "Quotas add up to 30, more than the capacity", endsAt: "Must be after the start" } } }] }),
    );
    renderForm();
    const user = await fillValid();
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(await screen.findByText("Quotas add up to 30, more than the capacity")).toBeInTheDocument();
    expect(screen.getByLabelText("Liczba miejsc")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Must be after the start")).toBeInTheDocument();
    expect(push).not.toHaveBeenCalled();
  });

  it("does not call the server while required fields are empty", async () => {
    renderForm();
    await userEvent.setup().click(screen.getByRole("button", { name: "Zapisz" }));
    expect((await screen.findAllByText(/^To pole jest wymagane/)).length).toBeGreaterThan(0);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
  it("says in Polish, at the field and focused, that the end or the registration deadline is out of order, without calling the API", async () => {
    renderForm();
    const user = await fillValid();
    setValue("Koniec", "2027-01-19T08:00");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(await screen.findByText(trainings.admin.form.endsBeforeStart)).toBeInTheDocument();
    expect(screen.getByLabelText("Koniec")).toHaveFocus();

    setValue("Koniec", "2027-01-19T14:00");
    setValue("Termin zapisów (opcjonalnie)", "2027-01-20T12:00");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(await screen.findByText(trainings.admin.form.deadlineAfterStart)).toBeInTheDocument();
    expect(screen.getByLabelText("Termin zapisów (opcjonalnie)")).toHaveFocus();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
