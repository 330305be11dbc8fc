import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import programme from "../../../app/i18n/messages/pl/programme.json";
import { PartnerForm } from "../../../app/admin/news/partners/partner-form";
import { answerOperations, operations as calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

let serverError: { code: string; fields?: Record<string, string> } | null = null;
jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientByOperation);

const renderForm = (props: Partial<Parameters<typeof PartnerForm>[0]> = {}) => {
  const onSaved = jest.fn();
  renderWithMessages({ programme }, <PartnerForm onSaved={onSaved} {...props} />);
  return onSaved;
};

beforeEach(() => {
  serverError = null;
  answerOperations((op, vars) => {
    if (serverError) return { error: serverError };
    return op === "CreateProgrammePartner" ? { data: { createProgrammePartner: { id: "new-id" } } } : { data: { updateProgrammePartner: { id: vars.id } } };
  });
});

describe("PartnerForm", () => {
  it("adds a partner with trimmed values and an empty description as null", async () => {
    const onSaved = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Nazwa"), "  Fundacja Przykład ");
    await user.type(screen.getByLabelText("Adres strony (http/https)"), "https://example.org/fundacja");
    await user.click(screen.getByRole("button", { name: "Dodaj partnera" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith("new-id"));
    expect(calls).toEqual([{ op: "CreateProgrammePartner", vars: { input: { name: "Fundacja Przykład", url: "https://example.org/fundacja", description: null } } }]);
    expect(screen.getByLabelText("Nazwa")).toHaveValue("");
  });

  it.each(["javascript:alert(1)", "www.example.org", "ftp://example.org", "data:text/html,x"])("refuses %s before sending anything", async (url) => {
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Nazwa"), "Partner");
    await user.type(screen.getByLabelText("Adres strony (http/https)"), url);
    await user.click(screen.getByRole("button", { name: "Dodaj partnera" }));
    expect(await screen.findByText("Podaj adres zaczynający się od http:// lub https://")).toBeInTheDocument();
    expect(screen.getByLabelText("Adres strony (http/https)")).toHaveAttribute("aria-invalid", "true");
    expect(calls).toHaveLength(0);
  });

  it("edits an existing partner and shows the server's field error", async () => {
    serverError = { code: "BAD_USER_INPUT", fields: { url: "Enter an http(s) address" } };
    const onSaved = renderForm({ partnerId: "p1", initial: { name: "AIESEC Toruń UMK", url: "https://aiesec.pl", description: "" } });
    expect(screen.getByLabelText("Nazwa")).toHaveValue("AIESEC Toruń UMK");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Zapisz partnera" }));
    expect(await screen.findByText("Podaj adres zaczynający się od http:// lub https://")).toBeInTheDocument();
    expect(calls[0]).toEqual({ op: "UpdateProgrammePartner", vars: { id: "p1", input: { name: "AIESEC Toruń UMK", url: "https://aiesec.pl", description: null } } });
    expect(onSaved).not.toHaveBeenCalled();
  });
});
