import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import auth from "../../../app/i18n/messages/pl/auth.json";
import { ChangeEmailForm } from "../../../app/account/security/change-email-form";
import { ChangePasswordForm } from "../../../app/account/security/change-password-form";
import { answerWith, calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

/** The account's security forms: what the API refused without naming a field is said above the form. */
jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientStandIn);

it("says a refused e-mail change was rate limited, as an alert above the form", async () => {
  answerWith({ error: { code: "RATE_LIMITED", message: "Slow down" } });
  renderWithMessages({ auth }, <ChangeEmailForm />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(auth.lifecycle.security.newEmail), "nowy@example.org");
  await user.type(screen.getByLabelText(auth.lifecycle.security.password), "haslo-obecne");
  await user.click(screen.getByRole("button", { name: auth.lifecycle.security.emailSubmit }));
  expect(await screen.findByRole("alert")).toHaveTextContent(auth.signIn.rateLimited);
  expect(calls).toEqual([{ newEmail: "nowy@example.org", password: "haslo-obecne" }]);
});

it("says a password change failed, then only that it worked after a second try", async () => {
  answerWith({ error: { code: "INTERNAL_SERVER_ERROR", message: "Oops" } });
  renderWithMessages({ auth }, <ChangePasswordForm email="anna@example.org" name="Anna" />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(auth.lifecycle.security.currentPassword), "haslo-obecne");
  await user.type(screen.getByLabelText(auth.lifecycle.security.newPassword), "Zupelnie-nowe-haslo-2026!");
  await user.click(screen.getByRole("button", { name: auth.lifecycle.security.submit }));
  expect(await screen.findByRole("alert")).toHaveTextContent(auth.errors.generic);
  answerWith({ data: { changePassword: true } });
  await user.click(screen.getByRole("button", { name: auth.lifecycle.security.submit }));
  expect(await screen.findByRole("status")).toHaveTextContent(auth.lifecycle.security.changed);
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});
