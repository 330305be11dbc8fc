import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import auth from "../../../app/i18n/messages/pl/auth.json";
import { SignInForm } from "../../../app/signin/sign-in-form";

const signIn = jest.fn();
jest.mock("next-auth/react", () => ({ signIn: (...args: unknown[]) => signIn(...args) }));

function renderForm(initialError?: string) {
  render(
    <NextIntlClientProvider locale="pl" messages={{ auth }}>
      <SignInForm callbackUrl="/" initialError={initialError} />
    </NextIntlClientProvider>,
  );
}

describe("sign-in form after repeated failures", () => {
  beforeEach(() => signIn.mockReset());

  it("says in how many seconds to try again", async () => {
    signIn.mockResolvedValue({ ok: false, error: "RATE_LIMITED:37" });
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(auth.signIn.email), "anna@example.org");
    await user.type(screen.getByLabelText(auth.signIn.password), "zle-haslo-1");
    await user.click(screen.getByRole("button", { name: auth.signIn.submit }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Spróbuj ponownie za 37 s.");
  });

  it("says it too after a sign-in without JavaScript (the error comes back in the address)", () => {
    renderForm("RATE_LIMITED:120");
    expect(screen.getByRole("alert")).toHaveTextContent("Spróbuj ponownie za 120 s.");
  });

  it("says only 'wrong e-mail or password' for any other failure", () => {
    renderForm("CredentialsSignin");
    expect(screen.getByRole("alert")).toHaveTextContent(auth.signIn.failed);
  });
});
