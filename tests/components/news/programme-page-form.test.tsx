import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import news from "../../../app/i18n/messages/pl/news.json";
import programme from "../../../app/i18n/messages/pl/programme.json";
import { ProgrammePageForm } from "../../../app/admin/news/programme/programme-page-form";
import { answerOperations, operations as calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh }) }));
jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientByOperation);

beforeEach(() =>
  answerOperations((op, vars) => {
    if (op === "RenderNewsPreview") return { data: { renderNewsPreview: "<p>rendered</p>" } };
    if (op === "PublishProgrammePage") return { data: { publishProgrammePage: { key: vars.key, title: "x", publishedAt: "now", hasUnpublishedChanges: false } } };
    if (op === "DiscardProgrammePageDraft") return { data: { discardProgrammePageDraft: { key: vars.key, hasUnpublishedChanges: false } } };
    return { data: { updateProgrammePage: { key: vars.key, title: vars.input.title, hasUnpublishedChanges: true, updatedAt: "x" } } };
  }),
);

/** Shows the form and returns the user who works it. */
function renderForm(pending = false) {
  renderWithMessages({ news, programme }, <ProgrammePageForm pageKey="team" initial={{ title: "Zespół", body: "Skład **zespołu**" }} hasUnpublishedChanges={pending} />);
  return userEvent.setup();
}

describe("ProgrammePageForm", () => {
  it("starts with the saved text, previews it, and saves the edit as a draft", async () => {
    const user = renderForm();
    expect(screen.getByLabelText("Tytuł sekcji")).toHaveValue("Zespół");
    expect(screen.getByLabelText("Treść (Markdown)")).toHaveValue("Skład **zespołu**");
    // The preview waits for typing to pause (PREVIEW_MS) before it asks: a loaded machine needs more than findBy's default second.
    expect(await screen.findByText("rendered", undefined, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByTestId("programme-state")).toHaveTextContent("Opublikowana wersja jest aktualna");
    expect(screen.getByRole("button", { name: "Opublikuj zmiany" })).toBeDisabled();
    await user.clear(screen.getByLabelText("Tytuł sekcji"));
    await user.type(screen.getByLabelText("Tytuł sekcji"), "Nowy zespół");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    await waitFor(() => expect(calls.find((c) => c.op === "UpdateProgrammePage")?.vars).toEqual({ key: "team", input: { title: "Nowy zespół", body: "Skład **zespołu**" } }));
    expect(await screen.findByText("Zapisano szkic.")).toBeInTheDocument();
    expect(screen.getByTestId("programme-state")).toHaveTextContent("nieopublikowane zmiany");
    expect(calls.some((c) => c.op === "PublishProgrammePage")).toBe(false);
  });

  it("publishes what is on screen: saves an unsaved edit first, then publishes", async () => {
    const user = renderForm();
    await user.type(screen.getByLabelText("Treść (Markdown)"), " i więcej");
    await user.click(screen.getByRole("button", { name: "Opublikuj zmiany" }));
    expect(await screen.findByText("Opublikowano zmiany.")).toBeInTheDocument();
    const ops = calls.map((c) => c.op).filter((op) => op !== "RenderNewsPreview");
    expect(ops).toEqual(["UpdateProgrammePage", "PublishProgrammePage"]);
    expect(screen.getByTestId("programme-state")).toHaveTextContent("Opublikowana wersja jest aktualna");
  });

  it("offers to discard a pending draft", async () => {
    const user = renderForm(true);
    await user.click(screen.getByRole("button", { name: "Odrzuć szkic" }));
    expect(await screen.findByText(/Odrzucono szkic/)).toBeInTheDocument();
    expect(calls.find((c) => c.op === "DiscardProgrammePageDraft")?.vars).toEqual({ key: "team" });
  });

  it("does not send an empty body", async () => {
    const user = renderForm();
    await user.clear(screen.getByLabelText("Treść (Markdown)"));
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(await screen.findByText("Treść nie może być pusta")).toBeInTheDocument();
    expect(calls.some((c) => c.op === "UpdateProgrammePage")).toBe(false);
  });

  it("edits the English version in its own fieldset and saves it with the Polish text", async () => {
    const user = renderForm();
    const english = screen.getByRole("group", { name: "Wersja angielska (opcjonalna)" });
    expect(english).toContainElement(screen.getByLabelText("Tytuł po angielsku"));
    expect(screen.getByLabelText("Treść po angielsku (Markdown)")).toHaveAttribute("lang", "en");
    await user.type(screen.getByLabelText("Tytuł po angielsku"), "Team");
    await user.type(screen.getByLabelText("Treść po angielsku (Markdown)"), "The members");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    await waitFor(() =>
      expect(calls.find((c) => c.op === "UpdateProgrammePage")?.vars).toEqual({
        key: "team",
        input: { title: "Zespół", body: "Skład **zespołu**", titleEn: "Team", bodyEn: "The members" },
      }),
    );
    expect(await screen.findByRole("heading", { name: "Podgląd wersji angielskiej" })).not.toHaveAttribute("lang");
    expect(screen.getAllByText("Team").find((e) => e.tagName === "P")).toHaveAttribute("lang", "en");
  });

  it("does not send an English title without an English body", async () => {
    const user = renderForm();
    await user.type(screen.getByLabelText("Tytuł po angielsku"), "Team");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(await screen.findByText("Podaj angielską treść (albo zostaw oba angielskie pola puste)")).toBeInTheDocument();
    expect(calls.some((c) => c.op === "UpdateProgrammePage")).toBe(false);
  });

  it("removes a saved English version when both English fields are emptied", async () => {
    renderWithMessages(
      { news, programme },
      <ProgrammePageForm pageKey="team" initial={{ title: "Zespół", body: "Skład", titleEn: "Team", bodyEn: "Members" }} />,
    );
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText("Tytuł po angielsku"));
    await user.clear(screen.getByLabelText("Treść po angielsku (Markdown)"));
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    await waitFor(() =>
      expect(calls.find((c) => c.op === "UpdateProgrammePage")?.vars).toEqual({ key: "team", input: { title: "Zespół", body: "Skład", titleEn: "", bodyEn: "" } }),
    );
  });
});
