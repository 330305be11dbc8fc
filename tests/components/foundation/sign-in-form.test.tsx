import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import auth from "../../../app/i18n/messages/pl/auth.json";
import { CitySignIn } from "../../../app/signin/city-sign-in";
import { SignInForm } from "../../../app/signin/sign-in-form";
import { renderWithMessages } from "../../helpers/intl";

const signIn = jest.fn();
jest.mock("../../../app/lib/auth-client", () => ({ signIn: (...args: unknown[]) => signIn(...args) }));

function renderForm(initialError?: string) {
  renderWithMessages({ auth }, <SignInForm callbackUrl="/" initialError={initialError} />);
}

/** Types the address and password into the form and submits it. */
async function signInWith(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(auth.signIn.email), email);
  await user.type(screen.getByLabelText(auth.signIn.password), password);
  await user.click(screen.getByRole("button", { name: auth.signIn.submit }));
}

describe("sign-in form after repeated failures", () => {
  beforeEach(() => signIn.mockReset());

  it("says in how many seconds to try again", async () => {
    signIn.mockResolvedValue({ ok: false, error: "RATE_LIMITED:37" });
    renderForm();
    await signInWith("anna@example.org", "zle-haslo-1");
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

describe("city sign-in", () => {
  beforeEach(() => signIn.mockReset());

  it("sends the person to the city's provider with the page's callback address", async () => {
    renderWithMessages({ auth }, <CitySignIn callbackUrl="/account" />);
    await userEvent.setup().click(screen.getByRole("button", { name: auth.signIn.cityButton }));
    expect(signIn).toHaveBeenCalledWith("city", { callbackUrl: "/account" });
    expect(screen.getByRole("button", { name: auth.signIn.cityRedirecting })).toBeDisabled();
  });

  it.each([
    ["CITY_ACCOUNT", auth.signIn.cityAccount],
    ["CITY_EMAIL_UNVERIFIED", auth.signIn.cityEmailUnverified],
    ["CITY_SUBJECT_CONFLICT", auth.signIn.citySubjectConflict],
    ["CITY_INVALID_PROFILE", auth.signIn.cityInvalidProfile],
    ["OAuthCallback", auth.signIn.cityFailed],
  ])("explains a refused city sign-in (%s)", (code, message) => {
    renderForm(code);
    expect(screen.getByRole("alert")).toHaveTextContent(message);
  });

  it("says that a linked account signs in at the city when the password was right", async () => {
    signIn.mockResolvedValue({ ok: false, error: "CITY_ACCOUNT" });
    renderForm();
    await signInWith("anna@um.torun.pl", "dobre-haslo-1");
    expect(await screen.findByRole("alert")).toHaveTextContent(auth.signIn.cityAccount);
  });
});
