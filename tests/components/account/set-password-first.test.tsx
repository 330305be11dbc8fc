import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import auth from "../../../app/i18n/messages/pl/auth.json";
import { SetPasswordFirst } from "../../../app/account/set-password-first";
import { graphqlResponse, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

/**
 * An account made by the city sign-in has no password, yet deleting the account and changing
 * its address are confirmed with one: the page offers the e-mailed link that sets it.
 */
const fetchSpy = spyOnFetchEachTest();

describe("SetPasswordFirst", () => {
  it("asks for the reset link for the account's own address and says where it went", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: { requestPasswordReset: true } }));
    renderWithMessages({ auth }, <SetPasswordFirst email="anna@um.torun.pl" purpose="delete" />);
    expect(screen.getByText(/usunięcie konta potwierdza się hasłem/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: "Wyślij link do ustawienia hasła" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Wysłaliśmy link na adres anna@um.torun.pl.");
    const body = JSON.parse(String(fetchSpy().mock.calls[0][1].body));
    expect(body.variables).toEqual({ email: "anna@um.torun.pl" });
    // Without JavaScript the same link is one page away.
    expect(screen.getByRole("link", { name: /Nie pamiętasz hasła\?/ })).toHaveAttribute("href", "/signin/forgot");
  });

  it("says so when too many links were asked for, and keeps the button", async () => {
    fetchSpy().mockResolvedValue(graphqlResponse({ data: null, errors: [{ message: "Too many", extensions: { code: "RATE_LIMITED" } }] }));
    renderWithMessages({ auth }, <SetPasswordFirst email="anna@um.torun.pl" purpose="security" />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Wyślij link do ustawienia hasła" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Wysłaliśmy już kilka linków.");
    expect(screen.getByRole("button", { name: "Wyślij link do ustawienia hasła" })).toBeEnabled();
  });
});
