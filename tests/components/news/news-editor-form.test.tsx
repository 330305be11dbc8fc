import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import news from "../../../app/i18n/messages/pl/news.json";
import { NewsEditorForm, type NewsEditorPost, type NewsEditorValues } from "../../../app/admin/news/news-editor-form";
import { fillIn } from "../../helpers/forms";
import { answerOperations, operations as calls } from "../../helpers/gql-client";
import { renderWithMessages } from "../../helpers/intl";

const push = jest.fn();
const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh }) }));

jest.mock("../../../app/lib/graphql-client", () => jest.requireActual("../../helpers/gql-client").gqlClientByOperation);

const EMPTY: NewsEditorValues = { title: "", category: "", lead: "", coverImageUrl: "", body: "" };
const LIVE_POST: NewsEditorPost = { id: "p1", slug: "stary-tytul", status: "PUBLISHED", isLive: true, hasUnpublishedChanges: false, publishedAt: "2013-07-02T08:00:00Z" };

function renderForm(post: NewsEditorPost | null = null, initial: NewsEditorValues = EMPTY, initialPreview?: string) {
  return renderWithMessages({ news }, <NewsEditorForm post={post} initial={initial} initialPreview={initialPreview} />, { timeZone: "Europe/Warsaw" });
}

const ops = (name: string) => calls.filter((c) => c.op === name);

beforeEach(() => {
  push.mockReset();
  refresh.mockReset();
  answerOperations((op, vars) => {
    if (op === "RenderNewsPreview") return { data: { renderNewsPreview: `<p>${String(vars.body).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</p>` } };
    if (op === "CreateNewsPost") return { data: { createNewsPost: { id: "new-id", slug: "s", status: "DRAFT" } } };
    if (op === "UpdateNewsPost") return { data: { updateNewsPost: { id: "p1", status: "PUBLISHED", hasUnpublishedChanges: true, updatedAt: "x" } } };
    if (op === "PublishNewsPost") return { data: { publishNewsPost: { id: "p1", status: "PUBLISHED", publishedAt: "x" } } };
    throw new Error(`unexpected ${op}`);
  });
});

describe("NewsEditorForm", () => {
  it("creates a draft with the typed title, category and Markdown body, then opens it", async () => {
    const user = userEvent.setup();
    renderForm();
    await fillIn(user, { Tytuł: "Toruń – nowa wiadomość", Kategoria: "AWARDS", "Treść (Markdown)": "Ważna **treść**" });
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    await waitFor(() => expect(ops("CreateNewsPost")).toHaveLength(1));
    expect(ops("CreateNewsPost")[0].vars.input).toEqual({
      title: "Toruń – nowa wiadomość",
      body: "Ważna **treść**",
      category: "AWARDS",
      lead: null,
      coverImageUrl: null,
    });
    await waitFor(() => expect(push).toHaveBeenCalledWith("/admin/news/new-id"));
  });

  it("shows the rendered preview of the body as it is typed", async () => {
    const user = userEvent.setup();
    renderForm();
    expect(screen.getByText("Podgląd pojawi się, gdy zaczniesz pisać.")).toBeInTheDocument();
    await user.type(screen.getByLabelText("Treść (Markdown)"), "To jest **pogrubione**");
    const preview = await screen.findByTestId("news-preview", {}, { timeout: 2000 });
    await waitFor(() => expect(preview.querySelector("strong")?.textContent).toBe("pogrubione"));
  });

  it("refuses a too short title and a non-http image address before calling the server", async () => {
    const user = userEvent.setup();
    renderForm();
    await fillIn(user, { Tytuł: "ab", "Adres obrazka (http/https)": "javascript:alert(1)", "Treść (Markdown)": "x" });
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(await screen.findByText("Tytuł musi mieć od 3 do 300 znaków")).toBeInTheDocument();
    expect(screen.getByText("Podaj adres zaczynający się od http:// lub https://")).toBeInTheDocument();
    expect(screen.getByLabelText("Tytuł")).toHaveAttribute("aria-invalid", "true");
    expect(ops("CreateNewsPost")).toHaveLength(0);
  });

  it("puts the server's BAD_USER_INPUT message next to the field it names", async () => {
    answerOperations((op) =>
      op === "CreateNewsPost"
        ? { error: { code: "BAD_USER_INPUT", message: "Invalid input", fields: { category: "Category must be one of …" } } }
        : { data: { renderNewsPreview: "" } },
    );
    const user = userEvent.setup();
    renderForm();
    await fillIn(user, { Tytuł: "Poprawny tytuł", "Treść (Markdown)": "Treść" });
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    expect(await screen.findByText("Category must be one of …")).toBeInTheDocument();
    expect(screen.getByLabelText("Kategoria")).toHaveAttribute("aria-invalid", "true");
    expect(push).not.toHaveBeenCalled();
  });

  it("for a published post, says edits stay unpublished, and publishes the changes after saving them", async () => {
    const user = userEvent.setup();
    renderForm(LIVE_POST, { ...EMPTY, title: "Stary tytuł", body: "Stara treść" });
    expect(screen.getByText(/Zapisane zmiany zobaczą czytelnicy dopiero/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText("Tytuł"));
    await user.type(screen.getByLabelText("Tytuł"), "Nowy tytuł");
    await user.click(screen.getByRole("button", { name: "Opublikuj zmiany" }));
    await waitFor(() => expect(ops("PublishNewsPost")).toHaveLength(1));
    const order = calls.map((c) => c.op).filter((o) => o !== "RenderNewsPreview");
    expect(order.indexOf("UpdateNewsPost")).toBeLessThan(order.indexOf("PublishNewsPost"));
    expect(ops("UpdateNewsPost")[0].vars).toMatchObject({ id: "p1", input: { title: "Nowy tytuł", body: "Stara treść" } });
    expect(ops("PublishNewsPost")[0].vars).toEqual({ id: "p1", at: null });
    expect(await screen.findByText("Opublikowano.")).toBeInTheDocument();
  });

  it("autosaves an existing post after a pause in typing", async () => {
    jest.useFakeTimers();
    try {
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      renderForm({ ...LIVE_POST, status: "DRAFT", isLive: false }, { ...EMPTY, title: "Szkic", body: "Treść" });
      await user.type(screen.getByLabelText("Treść (Markdown)"), " dalsza");
      expect(ops("UpdateNewsPost")).toHaveLength(0);
      await act(async () => {
        jest.advanceTimersByTime(5000);
      });
      await waitFor(() => expect(ops("UpdateNewsPost")).toHaveLength(1));
      expect(ops("UpdateNewsPost")[0].vars.input.body).toBe("Treść dalsza");
      expect(await screen.findByText(/Zapisano automatycznie/)).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it("refuses to schedule for a time in the past", async () => {
    const user = userEvent.setup();
    renderForm({ ...LIVE_POST, status: "DRAFT", isLive: false }, { ...EMPTY, title: "Szkic", body: "Treść" });
    const at = screen.getByLabelText(/^Data i godzina publikacji/);
    await user.type(at, "2001-01-01T10:00");
    await user.click(screen.getByRole("button", { name: "Zaplanuj publikację" }));
    expect(await screen.findByText("Wybierz datę w przyszłości")).toBeInTheDocument();
    expect(ops("PublishNewsPost")).toHaveLength(0);
  });
});

describe("NewsEditorForm — trace of actions", () => {
  it("opens an existing post with the preview of its saved body, not the empty-preview hint", () => {
    renderForm({ ...LIVE_POST, status: "DRAFT", isLive: false }, { ...EMPTY, title: "Szkic", body: "Treść" }, "<p>Treść</p>");
    expect(screen.getByTestId("news-preview")).toHaveTextContent("Treść");
    expect(screen.queryByText("Podgląd pojawi się, gdy zaczniesz pisać.")).toBeNull();
  });

  it("says when a scheduled post goes out and in which time zone", () => {
    renderForm({ ...LIVE_POST, status: "SCHEDULED", isLive: false, publishedAt: "2027-07-01T08:00:00.000Z" }, { ...EMPTY, title: "Szkic", body: "Treść" });
    expect(screen.getByTestId("news-scheduled-at")).toHaveTextContent("1 lipca 2027 10:00");
    expect(screen.getByTestId("news-scheduled-at")).toHaveTextContent("Europe/Warsaw");
  });
});
