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

const { security } = auth.lifecycle;

/** Renders the e-mail form and sends it with "nowy@example.org" and `password`. */
async function sendEmailChange(password: string) {
  renderWithMessages({ auth }, <ChangeEmailForm />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(security.newEmail), "nowy@example.org");
  await user.type(screen.getByLabelText(security.password), password);
  await user.click(screen.getByRole("button", { name: security.emailSubmit }));
}

/** Renders the password form and sends it with `current` and a strong new password; returns the user. */
async function sendPasswordChange(current: string) {
  renderWithMessages({ auth }, <ChangePasswordForm email="anna@example.org" name="Anna" />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(security.currentPassword), current);
  await user.type(screen.getByLabelText(security.newPassword), "Zupelnie-nowe-haslo-2026!");
  await user.click(screen.getByRole("button", { name: security.submit }));
  return user;
}

it("says a refused e-mail change was rate limited, as an alert above the form", async () => {
  answerWith({ error: { code: "RATE_LIMITED", message: "Slow down" } });
  await sendEmailChange("haslo-obecne");
  expect(await screen.findByRole("alert")).toHaveTextContent(auth.signIn.rateLimited);
  expect(calls).toEqual([{ newEmail: "nowy@example.org", password: "haslo-obecne" }]);
});

it("says a password change failed, then only that it worked after a second try", async () => {
  answerWith({ error: { code: "INTERNAL_SERVER_ERROR", message: "Oops" } });
  const user = await sendPasswordChange("haslo-obecne");
  expect(await screen.findByRole("alert")).toHaveTextContent(auth.errors.generic);
  answerWith({ data: { changePassword: true } });
  await user.click(screen.getByRole("button", { name: security.submit }));
  expect(await screen.findByRole("status")).toHaveTextContent(security.changed);
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

it("puts the focus on the password an e-mail change refused, keeping the new address typed", async () => {
  answerWith({ error: { code: "BAD_USER_INPUT", message: "Invalid", fields: { password: "Wrong password" } } });
  await sendEmailChange("nie-to-haslo");
  expect(await screen.findByText(security.wrongPassword)).toBeInTheDocument();
  expect(screen.getByLabelText(security.password)).toHaveFocus();
  expect(screen.getByLabelText(security.newEmail)).toHaveValue("nowy@example.org");
});

it("focuses the confirmation that the link was sent, in place of the form", async () => {
  answerWith({ data: { requestEmailChange: true } });
  await sendEmailChange("haslo-obecne");
  const status = await screen.findByRole("status");
  expect(status).toHaveTextContent("nowy@example.org");
  await waitFor(() => expect(status).toHaveFocus());
  expect(screen.queryByRole("button")).not.toBeInTheDocument();
});

it("puts the focus on a refused current password, then on the confirmation of the change", async () => {
  answerWith({ error: { code: "BAD_USER_INPUT", message: "Invalid", fields: { currentPassword: "Wrong password" } } });
  const user = await sendPasswordChange("nie-to-haslo");
  expect(await screen.findByText(security.wrongPassword)).toBeInTheDocument();
  expect(screen.getByLabelText(security.currentPassword)).toHaveFocus();

  answerWith({ data: { changePassword: true } });
  await user.clear(screen.getByLabelText(security.currentPassword));
  await user.type(screen.getByLabelText(security.currentPassword), "haslo-obecne");
  await user.click(screen.getByRole("button", { name: security.submit }));
  const status = await screen.findByRole("status");
  expect(status).toHaveTextContent(security.changed);
  await waitFor(() => expect(status).toHaveFocus());
});
