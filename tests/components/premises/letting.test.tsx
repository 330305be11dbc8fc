import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import premises from "../../../app/i18n/messages/pl/premises.json";
import { Letting, type RoundView } from "../../../app/premises/[id]/letting";
import { answerWith, calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);
jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientStandIn);

const round: RoundView = {
  id: "r1", status: "OPEN", deadline: "7 gru 2026, 12:00", minimumRent: "1000,00 zł", permittedUse: null, preferentialRent: false,
  documents: null, acceptsApplications: true, result: null, applications: [],
};

it("says an application below the minimum rent is refused for that, naming the minimum, and keeps what was typed", async () => {
  answerWith({ error: { code: "BAD_USER_INPUT", message: "Invalid", fields: { proposedRent: "At least the minimum rent, 1000" } } });
  renderWithMessages({ premises }, <Letting premisesId="p1" rounds={[round]} canApply manages={false} canOpen={false} canMarkRented={false} />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(premises.letting.proposedRent), "900");
  await user.type(screen.getByLabelText(premises.letting.intendedUse), "Pracownia krawiecka spółdzielni");
  await user.click(screen.getByRole("button", { name: premises.letting.send }));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent(premises.letting.belowMinimum.replace("{rent}", "1000,00 zł"));
  await waitFor(() => expect(alert).toHaveFocus());
  expect(calls).toEqual([{ input: { roundId: "r1", proposedRent: 900, intendedUse: "Pracownia krawiecka spółdzielni", attachments: [] } }]);
  expect(screen.getByLabelText(premises.letting.proposedRent)).toHaveValue("900");
});
