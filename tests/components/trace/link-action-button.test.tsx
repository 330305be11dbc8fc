import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import premises from "../../../app/i18n/messages/pl/premises.json";
import trainings from "../../../app/i18n/messages/pl/trainings.json";
import { CancelByToken } from "../../../app/trainings/[id]/cancel/cancel-by-token";
import { TokenActionButton } from "../../../app/components/forms/link-action-button";
import type { TypedDocumentString } from "../../../app/gql/graphql";
import { answerWith, calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

/**
 * Pages opened from an e-mail link act only on a click (never on the GET), once, and then
 * show the outcome — visible and focused — in place of the button.
 */
jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientStandIn);

const wrap = (ui: React.ReactNode) =>
  renderWithMessages({ premises }, ui);

// The pages hand their own documents and translated texts to one TokenActionButton; the
// stand-in gqlClient answers whatever document it is sent.
const doc = (text: string) => text as unknown as TypedDocumentString<unknown, { token: string }>;
const CancelViewing = doc("mutation CancelPremisesViewingByToken($token: String!) { cancelPremisesViewingByToken(token: $token) { id cancelledAt } }");
const Unsubscribe = doc("mutation UnsubscribePremisesSearch($token: String!) { unsubscribePremisesSearch(token: $token) }");
const texts = ({ button, done, bad }: { button: string; done: string; bad: string }) => ({ label: button, done, failed: bad });

it("cancels a viewing only when the button is pressed, then shows the focused confirmation instead of the button", async () => {
  answerWith({ data: { cancelPremisesViewingByToken: { id: "v", cancelledAt: "2026-12-04T10:00:00Z" } } });
  wrap(<TokenActionButton mutation={CancelViewing} token="tok-1" {...texts(premises.viewings.cancel)} />);
  expect(calls).toHaveLength(0);
  await userEvent.setup().click(screen.getByRole("button", { name: premises.viewings.cancel.button }));
  const status = await screen.findByRole("status");
  expect(status).toHaveTextContent(premises.viewings.cancel.done);
  await waitFor(() => expect(status).toHaveFocus());
  expect(screen.queryByRole("button")).not.toBeInTheDocument();
  expect(calls).toEqual([{ token: "tok-1" }]);
});

it("says so, as an alert with focus, when the link no longer works", async () => {
  answerWith({ error: { code: "NOT_FOUND", message: "gone" } });
  wrap(<TokenActionButton mutation={Unsubscribe} token="old" {...texts(premises.alerts.unsubscribe)} />);
  await userEvent.setup().click(screen.getByRole("button", { name: premises.alerts.unsubscribe.button }));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent(premises.alerts.unsubscribe.bad);
  await waitFor(() => expect(alert).toHaveFocus());
  expect(screen.queryByRole("button")).not.toBeInTheDocument();
});

it("cancels a training registration from its e-mail link the same way: on the click, once, the outcome focused", async () => {
  answerWith({ data: { cancelRegistrationByToken: { id: "r", status: "CANCELLED" } } });
  renderWithMessages({ trainings }, <CancelByToken token="tok-2" />);
  expect(calls).toHaveLength(0);
  await userEvent.setup().click(screen.getByRole("button", { name: trainings.cancelPage.confirm }));
  const status = await screen.findByRole("status");
  expect(status).toHaveTextContent(trainings.cancelPage.done);
  await waitFor(() => expect(status).toHaveFocus());
  expect(screen.queryByRole("button")).not.toBeInTheDocument();
  expect(calls).toEqual([{ token: "tok-2" }]);
});

it("offers no button for a cancel link without a token", () => {
  renderWithMessages({ trainings }, <CancelByToken token="" />);
  expect(screen.getByText(trainings.cancelPage.invalid)).toBeInTheDocument();
  expect(screen.queryByRole("button")).not.toBeInTheDocument();
});
