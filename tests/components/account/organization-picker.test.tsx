import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import auth from "../../../app/i18n/messages/pl/auth.json";
import { OrganizationPicker } from "../../../app/account/organization-picker";
import { graphqlRefusal, graphqlResponse, requestBody, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);

/** A PES account without an organisation searches the directory first. */
const fetchSpy = spyOnFetchEachTest();
const texts = auth.account.organization;

async function search(text: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(texts.searchLabel), text);
  await user.click(screen.getByRole("button", { name: texts.searchButton }));
}

it("is busy while searching, then says how many it found", async () => {
  let answer: (r: Response) => void = () => {};
  fetchSpy().mockImplementation(() => new Promise<Response>((r) => (answer = r)));
  renderWithMessages({ auth }, <OrganizationPicker />);
  await search("Spółdzielnia");
  expect(screen.getByRole("button", { name: texts.searching })).toBeDisabled();
  expect(requestBody(fetchSpy()).variables).toEqual({ search: "Spółdzielnia" });
  answer(graphqlResponse({ data: { findOrganizations: [{ id: "o1", name: "Spółdzielnia Socjalna Pod Dębem", verified: true, district: null, legalForm: "SOCIAL_COOPERATIVE" }] } }));
  expect(await screen.findByText(texts.results.replace("{count}", "1"))).toBeInTheDocument();
  expect(screen.getByRole("button", { name: texts.searchButton })).toBeEnabled();
});

it("says a failed search and can search again", async () => {
  fetchSpy().mockResolvedValue(graphqlRefusal("RATE_LIMITED"));
  renderWithMessages({ auth }, <OrganizationPicker />);
  await search("x");
  expect(await screen.findByText(texts.failed.replace("{code}", "RATE_LIMITED"))).toBeInTheDocument();
  expect(screen.getByRole("button", { name: texts.searchButton })).toBeEnabled();
});
