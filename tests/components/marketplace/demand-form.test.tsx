import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import marketplace from "../../../app/i18n/messages/pl/marketplace.json";
import { DemandForm } from "../../../app/marketplace/demands/demand-form";
import { calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);
jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientStandIn);

it("says a deadline in the past is in the past (not 'invalid value'), at the field, without calling the API", async () => {
  renderWithMessages({ marketplace }, <DemandForm />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(marketplace.demandForm.name), "Sprzątanie sali");
  fireEvent.input(screen.getByLabelText(marketplace.demandForm.deadline), { target: { value: "2020-01-01T12:00" } });
  await user.click(screen.getByRole("button", { name: marketplace.demandForm.submit }));
  expect(await screen.findByText(marketplace.amend.deadlinePast)).toBeInTheDocument();
  expect(screen.getByLabelText(marketplace.demandForm.deadline)).toHaveFocus();
  expect(calls).toEqual([]);
});
