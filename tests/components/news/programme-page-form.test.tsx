import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import news from "../../../app/i18n/messages/pl/news.json";
import programme from "../../../app/i18n/messages/pl/programme.json";
import { ProgrammePageForm } from "../../../app/admin/news/programme/programme-page-form";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh }) }));
const calls: { op: string; vars: any }[] = [];
jest.mock("../../../app/lib/graphql-client", () => ({
  gqlClient: async (doc: { toString(): string }, vars: any) => {
    const op = /(?:mutation|query)\s+(\w+)/.exec(doc.toString())![1];
    calls.push({ op, vars });
    if (op === "RenderNewsPreview") return { data: { renderNewsPreview: "<p>rendered</p>" } };
    return { data: { updateProgrammePage: { key: vars.key, title: vars.input.title, updatedAt: "x" } } };
  },
}));

describe("ProgrammePageForm", () => {
  it("starts with the saved text, previews it, and saves the edit", async () => {
    render(
      <NextIntlClientProvider locale="pl" messages={{ news, programme }}>
        <ProgrammePageForm pageKey="team" initial={{ title: "Zespół", body: "Skład **zespołu**" }} />
      </NextIntlClientProvider>,
    );
    expect(screen.getByLabelText("Tytuł sekcji")).toHaveValue("Zespół");
    expect(screen.getByLabelText("Treść (Markdown)")).toHaveValue("Skład **zespołu**");
    expect(await screen.findByText("rendered")).toBeInTheDocument();
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText("Tytuł sekcji"));
    await user.type(screen.getByLabelText("Tytuł sekcji"), "Nowy zespół");
    await user.click(screen.getByRole("button", { name: "Zapisz" }));
    await waitFor(() => expect(calls.find((c) => c.op === "UpdateProgrammePage")?.vars).toEqual({ key: "team", input: { title: "Nowy zespół", body: "Skład **zespołu**" } }));
    expect(await screen.findByText("Zapisano.")).toBeInTheDocument();
  });
});
