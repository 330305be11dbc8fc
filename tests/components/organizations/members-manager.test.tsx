import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import organizations from "../../../app/i18n/messages/pl/organizations.json";
import { MembersManager, type ManagedMember } from "../../../app/account/organization/members-manager";
import { graphqlResponse, requestBody } from "../../helpers/graphql-fetch";
import { renderWithMessages } from "../../helpers/intl";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh }) }));

let fetchSpy: jest.SpyInstance;
let confirmSpy: jest.SpyInstance;
beforeEach(() => {
  fetchSpy = jest.spyOn(global, "fetch");
  confirmSpy = jest.spyOn(window, "confirm").mockReturnValue(true);
  refresh.mockClear();
});
afterEach(() => {
  fetchSpy.mockRestore();
  confirmSpy.mockRestore();
});

const OWNER: ManagedMember = { id: "m-owner", userId: "u-owner", name: "Anna Nowak", email: "anna@example.test", role: "OWNER", title: "Prezes zarządu" };
const MEMBER: ManagedMember = { id: "m-member", userId: "u-member", name: "Jan Kowalski", email: "jan@example.test", role: "MEMBER", title: null };

function renderManager(viewerId: string, canManage: boolean, members = [OWNER, MEMBER]) {
  renderWithMessages({ organizations }, <MembersManager members={members} viewerId={viewerId} canManage={canManage} />);
}
const sent = (i = 0) => requestBody(fetchSpy, i);
const row = (name: string) => screen.getByRole("form", { name });

describe("MembersManager", () => {
  it("an owner changes a member's role and function title", async () => {
    fetchSpy.mockResolvedValue(graphqlResponse({ data: { updateOrganizationMember: { id: "m-member", role: "OWNER", title: "Skarbnik" } } }));
    renderManager("u-owner", true);
    const user = userEvent.setup();
    const form = row("Jan Kowalski");
    await user.selectOptions(within(form).getByLabelText("Rola"), "OWNER");
    await user.type(within(form).getByLabelText("Funkcja"), "  Skarbnik ");
    await user.click(within(form).getByRole("button", { name: "Zapisz zmiany: Jan Kowalski" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Zapisano zmiany.");
    expect(sent().variables).toEqual({ id: "m-member", input: { role: "OWNER", title: "Skarbnik" } });
    expect(refresh).toHaveBeenCalled();
  });

  it("explains the last-owner refusal and puts the role back", async () => {
    fetchSpy.mockResolvedValue(graphqlResponse({ data: null, errors: [{ message: "x", extensions: { code: "CONFLICT" } }] }));
    renderManager("u-owner", true, [OWNER]);
    const user = userEvent.setup();
    const form = row("Anna Nowak");
    await user.selectOptions(within(form).getByLabelText("Rola"), "MEMBER");
    await user.click(within(form).getByRole("button", { name: "Zapisz zmiany: Anna Nowak" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("co najmniej jednego właściciela");
    expect(within(form).getByLabelText("Rola")).toHaveValue("OWNER");
  });

  it("removes a member after confirmation", async () => {
    fetchSpy.mockResolvedValue(graphqlResponse({ data: { removeOrganizationMember: true } }));
    renderManager("u-owner", true);
    await userEvent.setup().click(screen.getByRole("button", { name: "Usuń z organizacji: Jan Kowalski" }));
    expect(confirmSpy).toHaveBeenCalledWith("Czy na pewno usunąć Jan Kowalski z organizacji?");
    expect(await screen.findByRole("status")).toHaveTextContent("Usunięto z organizacji.");
    expect(sent().variables).toEqual({ id: "m-member" });
  });

  it("sends nothing when the removal is not confirmed", async () => {
    confirmSpy.mockReturnValue(false);
    renderManager("u-owner", true);
    await userEvent.setup().click(screen.getByRole("button", { name: "Usuń z organizacji: Jan Kowalski" }));
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("a plain member edits only their own title (no role control) and may leave; others are read-only", async () => {
    fetchSpy.mockResolvedValue(graphqlResponse({ data: { updateOrganizationMember: { id: "m-member", role: "MEMBER", title: "Koordynator" } } }));
    renderManager("u-member", false);
    expect(screen.queryByRole("form", { name: "Anna Nowak" })).not.toBeInTheDocument();
    expect(screen.getByText(/Prezes zarządu/)).toBeInTheDocument();
    const form = row("Jan Kowalski");
    expect(within(form).queryByLabelText("Rola")).not.toBeInTheDocument();
    expect(within(form).getByRole("button", { name: "Opuść organizację" })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(within(form).getByLabelText("Funkcja"), "Koordynator");
    await user.click(within(form).getByRole("button", { name: "Zapisz zmiany: Jan Kowalski" }));
    expect(sent().variables).toEqual({ id: "m-member", input: { title: "Koordynator" } });
  });

  it("refuses a too long title without sending, with the error tied to the field", async () => {
    renderManager("u-owner", true);
    const user = userEvent.setup();
    const form = row("Jan Kowalski");
    const input = within(form).getByLabelText("Funkcja");
    await user.click(input);
    await user.paste("x".repeat(125));
    await user.click(within(form).getByRole("button", { name: "Zapisz zmiany: Jan Kowalski" }));
    expect(await within(form).findByText("Funkcja może mieć najwyżej 120 znaków.")).toBeInTheDocument();
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("shows an empty state", () => {
    renderManager("u-owner", true, []);
    expect(screen.getByText("Organizacja nie ma jeszcze aktywnych członków.")).toBeInTheDocument();
  });
});
