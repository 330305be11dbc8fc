import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import trainings from "../../../app/i18n/messages/pl/trainings.json";
import { InvitationsEditor } from "../../../app/admin/trainings/[id]/organise/invitations-editor";
import { pastedAddresses } from "../../../app/admin/trainings/[id]/organise/invitations";
import { inviteByForm } from "../../../app/admin/trainings/[id]/organise/invitation-actions";
import { graphqlResponse, requestBody } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh: jest.fn() }) }));
// The server action the form posts to without JavaScript (its module is server code).
jest.mock("../../../app/admin/trainings/[id]/organise/invitation-actions", () => ({ inviteByForm: jest.fn() }));

let fetchSpy: jest.SpyInstance;
beforeEach(() => (fetchSpy = jest.spyOn(global, "fetch")));
afterEach(() => jest.restoreAllMocks());

function renderEditor() {
  renderWithMessages({ trainings }, <InvitationsEditor trainingId="t1" activities={["Catering", "Sprzątanie"]} />);
}
const sent = (i = 0) => requestBody(fetchSpy, i);

describe("InvitationsEditor", () => {
  it("splits pasted addresses on commas, semicolons, spaces and lines, once each", () => {
    expect(pastedAddresses("a@x.pl, b@x.pl;c@x.pl\n a@x.pl  d@x.pl")).toEqual(["a@x.pl", "b@x.pl", "c@x.pl", "d@x.pl"]);
  });

  it("asks for a choice before sending anything", async () => {
    renderEditor();
    await userEvent.click(screen.getByRole("button", { name: "Wyślij zaproszenia" }));
    expect(await screen.findByText("Wybierz obszary działania lub osiedla albo wklej adresy.")).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("sends the chosen activities, districts and addresses and says how many were invited and skipped", async () => {
    fetchSpy.mockResolvedValueOnce(graphqlResponse({ data: { inviteToTraining: { invited: 5, skipped: 2 } } }));
    renderEditor();
    await userEvent.click(screen.getByText("Obszary działania", { selector: "summary" }));
    await userEvent.click(screen.getByLabelText("Catering"));
    await userEvent.click(screen.getByText("Osiedla", { selector: "summary" }));
    await userEvent.click(screen.getByLabelText("Mokre"));
    await userEvent.type(screen.getByLabelText("Adresy e-mail"), "a@x.pl, b@x.pl");
    await userEvent.click(screen.getByRole("button", { name: "Wyślij zaproszenia" }));
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent("Wysłano zaproszenia: 5. Pominięto zaproszonych wcześniej: 2.");
    expect(status).toHaveFocus();
    expect(sent().variables).toEqual({ trainingId: "t1", input: { categories: ["Catering"], districts: ["Mokre"], emails: ["a@x.pl", "b@x.pl"] } });
    expect(inviteByForm).not.toHaveBeenCalled();
  });

  it("is a plain form of named fields without JavaScript, and shows the outcome it came back with without taking focus", () => {
    renderWithMessages(
      { trainings },
      <InvitationsEditor trainingId="t1" activities={["Catering"]} result={{ kind: "success", text: "Wysłano zaproszenia: 1. Pominięto zaproszonych wcześniej: 0." }} />,
    );
    const form = screen.getByRole("button", { name: "Wyślij zaproszenia" }).closest("form")!;
    expect(new FormData(form).get("trainingId")).toBe("t1");
    expect(screen.getByLabelText("Catering")).toHaveAttribute("name", "categories");
    expect(screen.getByLabelText("Mokre")).toHaveAttribute("name", "districts");
    expect(screen.getByLabelText(/Adresy e-mail/)).toHaveAttribute("name", "emails");
    expect(screen.getByRole("status")).toHaveTextContent("Wysłano zaproszenia: 1.");
    expect(screen.getByRole("status")).not.toHaveFocus();
  });

  it("shows the server's refusal of the addresses under the field", async () => {
    fetchSpy.mockResolvedValueOnce(
      graphqlResponse({ errors: [{ message: "Invalid input", extensions: { code: "BAD_USER_INPUT", fields: { "input.emails": "Every address must be an e-mail address" } } }] }),
    );
    renderEditor();
    await userEvent.type(screen.getByLabelText(/Adresy e-mail/), "nie-adres");
    await userEvent.click(screen.getByRole("button", { name: "Wyślij zaproszenia" }));
    expect(await screen.findByText("Every address must be an e-mail address")).toBeInTheDocument();
  });
});
