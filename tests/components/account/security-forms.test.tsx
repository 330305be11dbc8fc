import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import auth from "../../../app/i18n/messages/pl/auth.json";
import { ChangeEmailForm } from "../../../app/account/security/change-email-form";
import { ChangePasswordForm } from "../../../app/account/security/change-password-form";
import { answerWith, calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

/**
 * The account's security forms: what the API refused without naming a field is said above
 * the form; the outcome takes the focus (the refused field, or the status), since the
 * pressed button was disabled while the call ran and a phone user was left at the page's top.
 */
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

it("puts the focus on the password an e-mail change refused, keeping the new address typed", async () => {
  answerWith({ error: { code: "BAD_USER_INPUT", message: "Invalid", fields: { password: "Wrong password" } } });
  renderWithMessages({ auth }, <ChangeEmailForm />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(auth.lifecycle.security.newEmail), "nowy@example.org");
  await user.type(screen.getByLabelText(auth.lifecycle.security.password), "nie-to-haslo");
  await user.click(screen.getByRole("button", { name: auth.lifecycle.security.emailSubmit }));
  expect(await screen.findByText(auth.lifecycle.security.wrongPassword)).toBeInTheDocument();
  expect(screen.getByLabelText(auth.lifecycle.security.password)).toHaveFocus();
  expect(screen.getByLabelText(auth.lifecycle.security.newEmail)).toHaveValue("nowy@example.org");
});

it("focuses the confirmation that the link was sent, in place of the form", async () => {
  answerWith({ data: { requestEmailChange: true } });
  renderWithMessages({ auth }, <ChangeEmailForm />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(auth.lifecycle.security.newEmail), "nowy@example.org");
  await user.type(screen.getByLabelText(auth.lifecycle.security.password), "haslo-obecne");
  await user.click(screen.getByRole("button", { name: auth.lifecycle.security.emailSubmit }));
  const status = await screen.findByRole("status");
  expect(status).toHaveTextContent("nowy@example.org");
  await waitFor(() => expect(status).toHaveFocus());
  expect(screen.queryByRole("button")).not.toBeInTheDocument();
});

it("puts the focus on a refused current password, then on the confirmation of the change", async () => {
  answerWith({ error: { code: "BAD_USER_INPUT", message: "Invalid", fields: { currentPassword: "Wrong password" } } });
  renderWithMessages({ auth }, <ChangePasswordForm email="anna@example.org" name="Anna" />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(auth.lifecycle.security.currentPassword), "nie-to-haslo");
  await user.type(screen.getByLabelText(auth.lifecycle.security.newPassword), "Zupelnie-nowe-haslo-2026!");
  await user.click(screen.getByRole("button", { name: auth.lifecycle.security.submit }));
  expect(await screen.findByText(auth.lifecycle.security.wrongPassword)).toBeInTheDocument();
  expect(screen.getByLabelText(auth.lifecycle.security.currentPassword)).toHaveFocus();

  answerWith({ data: { changePassword: true } });
  await user.clear(screen.getByLabelText(auth.lifecycle.security.currentPassword));
  await user.type(screen.getByLabelText(auth.lifecycle.security.currentPassword), "haslo-obecne");
  await user.click(screen.getByRole("button", { name: auth.lifecycle.security.submit }));
  const status = await screen.findByRole("status");
  expect(status).toHaveTextContent(auth.lifecycle.security.changed);
  await waitFor(() => expect(status).toHaveFocus());
});
