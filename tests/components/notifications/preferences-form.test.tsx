import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import notifications from "../../../app/i18n/messages/pl/notifications.json";
import { PreferencesForm } from "../../../app/account/preferences/preferences-form";
import type { NotificationDelivery, NotificationKind } from "../../../app/gql/graphql";
import { answerWith, calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientStandIn);

const PREFS = [
  { kind: "ENQUIRY_REPLY" as NotificationKind, delivery: "IMMEDIATE" as NotificationDelivery },
  { kind: "BOOKING_REQUEST" as NotificationKind, delivery: "WEEKLY" as NotificationDelivery },
];
const wrap = () =>
  renderWithMessages({ notifications }, <PreferencesForm preferences={PREFS} />);

it("shows each kind as a labelled choice and saves only the kinds that changed, then confirms with focus", async () => {
  answerWith({ data: { setNotificationPreference: [] } });
  wrap();
  const user = userEvent.setup();
  expect(screen.getByLabelText(notifications.kinds.BOOKING_REQUEST)).toHaveValue("WEEKLY");
  await user.selectOptions(screen.getByLabelText(notifications.kinds.ENQUIRY_REPLY), "DAILY");
  await user.click(screen.getByRole("button", { name: notifications.preferences.save }));
  const status = await screen.findByRole("status");
  expect(status).toHaveTextContent(notifications.preferences.saved);
  await waitFor(() => expect(status).toHaveFocus());
  expect(calls).toEqual([{ kind: "ENQUIRY_REPLY", delivery: "DAILY" }]);
});

it("says so, as an alert, when the server refuses", async () => {
  answerWith({ error: { code: "INTERNAL_SERVER_ERROR", message: "x" } });
  wrap();
  const user = userEvent.setup();
  await user.selectOptions(screen.getByLabelText(notifications.kinds.BOOKING_REQUEST), "NEVER");
  await user.click(screen.getByRole("button", { name: notifications.preferences.save }));
  expect(await screen.findByRole("alert")).toHaveTextContent(notifications.failed);
});
