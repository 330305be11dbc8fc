import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import auth from "../../../app/i18n/messages/pl/auth.json";
import { OrganizationForm } from "../../../app/account/organization-form";
import { graphqlResponse, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

const onCreated = jest.fn();
function renderForm() {
  renderWithMessages({ auth }, <OrganizationForm onCreated={onCreated} />);
}

const fetchSpy = spyOnFetchEachTest();
beforeEach(() => onCreated.mockReset());

const VALID_NIP = "8791000011";

describe("OrganizationForm", () => {
  it("requires a name and a legal form, and calls nobody until they are given", async () => {
    renderForm();
    await userEvent.setup().click(screen.getByRole("button", { name: "Dodaj organizację" }));
    expect(await screen.findAllByText("To pole jest wymagane")).toHaveLength(2);
    expect(screen.getByLabelText("Nazwa")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Forma prawna")).toHaveAttribute("aria-invalid", "true");
    expect(fetchSpy()).not.toHaveBeenCalled();
  });

  it.each([
    ["NIP", "1234567890", "NIP musi mieć 10 cyfr i poprawną cyfrę kontrolną"],
    ["NIP", "87910000", "NIP musi mieć 10 cyfr i poprawną cyfrę kontrolną"],
    ["KRS", "12345", "KRS musi mieć 10 cyfr"],
    ["E-mail organizacji", "nie-email", "Podaj poprawny adres e-mail"],
  ])("refuses a bad %s (%s) with a message on that field", async (label, value, message) => {
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Nazwa"), "Spółdzielnia Socjalna Przykład");
    await user.selectOptions(screen.getByLabelText("Forma prawna"), "SOCIAL_COOPERATIVE");
    await user.type(screen.getByLabelText(label), value);
    await user.click(screen.getByRole("button", { name: "Dodaj organizację" }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText(label)).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(fetchSpy()).not.toHaveBeenCalled();
  });

  it("offers exactly Toruń's districts", () => {
    renderForm();
    const options = within(screen.getByLabelText("Osiedle")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toContain("Rubinkowo");
    expect(options).toHaveLength(23); // "— wybierz —" and 22 districts
  });

  it("sends a valid organisation, with empty optional fields as null, and reports success", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { registerOrganization: { id: "o1", name: "X", verified: false } } }));
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Nazwa"), "  Spółdzielnia Socjalna Przykład ");
    await user.selectOptions(screen.getByLabelText("Forma prawna"), "SOCIAL_COOPERATIVE");
    await user.type(screen.getByLabelText("NIP"), "879-100-00-11");
    await user.selectOptions(screen.getByLabelText("Osiedle"), "Rubinkowo");
    await user.click(screen.getByRole("button", { name: "Dodaj organizację" }));
    expect(await screen.findByText("Dodano organizację. Czeka na weryfikację.")).toBeInTheDocument();
    expect(onCreated).toHaveBeenCalledTimes(1);
    const vars = JSON.parse(fetchSpy().mock.calls[0][1].body).variables;
    expect(vars.input).toEqual({
      name: "Spółdzielnia Socjalna Przykład",
      legalForm: "SOCIAL_COOPERATIVE",
      nip: VALID_NIP,
      krs: null,
      address: null,
      district: "Rubinkowo",
      email: null,
      description: null,
    });
  });

  it("shows the server's field errors (input.nip) on the field, and a CONFLICT as a message", async () => {
    fetchSpy()
      .mockResolvedValueOnce(
        graphqlResponse({ errors: [{ message: "Invalid input", extensions: { code: "BAD_USER_INPUT", fields: { "input.nip": "NIP refused by server" } } }] }),
      )
      .mockResolvedValueOnce(graphqlResponse({ errors: [{ message: "dup", extensions: { code: "CONFLICT" } }] }));
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Nazwa"), "Fundacja Testowa");
    await user.selectOptions(screen.getByLabelText("Forma prawna"), "FOUNDATION");
    await user.type(screen.getByLabelText("NIP"), VALID_NIP);
    await user.click(screen.getByRole("button", { name: "Dodaj organizację" }));
    expect(await screen.findByText("NIP refused by server")).toBeInTheDocument();
    expect(screen.getByLabelText("NIP")).toHaveAttribute("aria-invalid", "true");

    await user.click(screen.getByRole("button", { name: "Dodaj organizację" }));
    expect(await screen.findByText(/Ta organizacja jest już w katalogu/)).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });
});
