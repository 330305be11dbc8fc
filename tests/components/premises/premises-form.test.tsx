import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import premises from "../../../app/i18n/messages/pl/premises.json";
import { EMPTY_PREMISES, PremisesForm } from "../../../app/admin/premises/premises-form";
import { answerWith, calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);
jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientStandIn);

it("puts a register number another premises has (CONFLICT) on its field, focused", async () => {
  answerWith({ error: { code: "CONFLICT", message: "Taken" } });
  const initial = { ...EMPTY_PREMISES, address: "ul. Testowa 1", district: "Bielany", areaM2: "40", monthlyRent: "1000", code: "MZN/LU/001" };
  renderWithMessages({ premises }, <PremisesForm initial={initial} />);
  await userEvent.setup().click(screen.getByRole("button", { name: premises.admin.form.create }));
  expect(await screen.findByText(premises.admin.form.errors.codeTaken)).toBeInTheDocument();
  expect(calls).toHaveLength(1);
  // The button was disabled during the call: the field takes the focus, not the page's top.
  expect(screen.getByLabelText(premises.admin.form.code)).toHaveFocus();
});
