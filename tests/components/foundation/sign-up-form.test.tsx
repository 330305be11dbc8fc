import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import auth from "../../../app/i18n/messages/pl/auth.json";
import privacy from "../../../app/i18n/messages/pl/privacy.json";
import { SignUpForm } from "../../../app/signup/sign-up-form";
import { graphqlResponse, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

const signIn = jest.fn();
jest.mock("../../../app/lib/auth-client", () => ({ signIn: (...args: unknown[]) => signIn(...args) }));

/** Shows the form and returns the user who works it. */
function renderForm() {
  renderWithMessages({ auth, privacy }, <SignUpForm />);
  return userEvent.setup();
}

async function fillValid() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Imię i nazwisko"), "Anna Nowak");
  await user.type(screen.getByLabelText("Adres e-mail"), "anna@example.org");
  await user.type(screen.getByLabelText("Hasło"), "haslo-do-torunia-1");
  await user.click(screen.getByRole("checkbox", { name: /Akceptuję regulamin platformy/ }));
  return user;
}

const fetchSpy = spyOnFetchEachTest();
beforeEach(() => signIn.mockReset());

describe("SignUpForm", () => {
  it("reads each account type and its hint as words apart (\"Osoba fizyczna — Zapisy…\", not \"fizyczna— Zapisy\")", () => {
    renderForm();
    const row = screen.getByLabelText("Osoba fizyczna").closest(".field-inline")!;
    expect(row.textContent).toMatch(/^Osoba fizyczna — Zapisy/);
  });

  it("puts the server's BAD_USER_INPUT messages next to the fields they name, and does not sign in", async () => {
    fetchSpy().mockResolvedValue(
      graphqlResponse({
        data: null,
        errors: [
          {
            message: "Invalid input",
            extensions: { code: "BAD_USER_INPUT", fields: { password: "This password is too easy to guess", name: "Name must have 2–120 characters" } },
          },
        ],
      }),
    );
    renderForm();
    const user = await fillValid();
    await user.click(screen.getByRole("button", { name: "Załóż konto" }));

    const password = screen.getByLabelText("Hasło");
    expect(await screen.findByText("This password is too easy to guess")).toBeInTheDocument();
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(password).toHaveAccessibleDescription(expect.stringContaining("This password is too easy to guess"));
    expect(screen.getByLabelText("Imię i nazwisko")).toHaveAccessibleDescription("Name must have 2–120 characters");
    expect(screen.getByLabelText("Adres e-mail")).not.toHaveAttribute("aria-invalid");
    expect(signIn).not.toHaveBeenCalled();

    expect(fetchSpy()).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy().mock.calls[0];
    expect(url).toBe("/api/graphql");
    expect(JSON.parse(init.body).variables).toEqual({
      name: "Anna Nowak",
      email: "anna@example.org",
      password: "haslo-do-torunia-1",
      accountType: "RESIDENT",
      acceptTerms: true,
      locale: "pl", // the page's language becomes the account's
    });
  });

  it("shows a taken e-mail (CONFLICT) on the e-mail field, focused", async () => {
    fetchSpy().mockResolvedValue(
      graphqlResponse({ data: null, errors: [{ message: "exists", extensions: { code: "CONFLICT" } }] }),
    );
    renderForm();
    const user = await fillValid();
    await user.click(screen.getByRole("button", { name: "Załóż konto" }));
    expect(await screen.findByText("Konto z tym adresem e-mail już istnieje.")).toBeInTheDocument();
    expect(screen.getByLabelText("Adres e-mail")).toHaveAttribute("aria-invalid", "true");
    // The button was disabled during the call: the field takes the focus, not the page's top.
    expect(screen.getByLabelText("Adres e-mail")).toHaveFocus();
  });

  it("checks the form's own rules before calling the server", async () => {
    const user = renderForm();
    await user.type(screen.getByLabelText("Hasło"), "krotkie");
    await user.click(screen.getByRole("button", { name: "Załóż konto" }));
    expect(await screen.findByText("Hasło musi mieć od 10 do 128 znaków")).toBeInTheDocument();
    expect(screen.getAllByText("To pole jest wymagane")).toHaveLength(2);
    expect(fetchSpy()).not.toHaveBeenCalled();
  });

  it("requires the terms box, links the terms and the privacy notice, and leaves the newsletter out", async () => {
    const user = renderForm();
    await user.type(screen.getByLabelText("Imię i nazwisko"), "Anna Nowak");
    await user.type(screen.getByLabelText("Adres e-mail"), "anna@example.org");
    await user.type(screen.getByLabelText("Hasło"), "haslo-do-torunia-1");
    const box = screen.getByRole("checkbox", { name: /Akceptuję regulamin platformy/ });
    expect(box).not.toBeChecked();
    expect(screen.getByRole("link", { name: "regulamin platformy" })).toHaveAttribute("href", "/terms");
    expect(screen.getByRole("link", { name: "klauzula informacyjna RODO" })).toHaveAttribute("href", "/privacy");
    expect(screen.getAllByRole("checkbox")).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Załóż konto" }));
    expect(await screen.findByText("Aby założyć konto, zaakceptuj regulamin.")).toBeInTheDocument();
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(fetchSpy()).not.toHaveBeenCalled();
  });
});
