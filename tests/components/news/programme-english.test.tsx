import { render, screen } from "@testing-library/react";
import { LegalPage } from "../../../app/privacy/legal-page";
import ProgrammePage from "../../../app/programme/page";

// Server components: the page's locale is `locale`, translators give the key back, the API answers `answer`.
let locale = "en";
let answer: Record<string, unknown> = {};
jest.mock("next-intl/server", () => ({
  getLocale: async () => locale,
  getTranslations: async (ns: string) => (key: string) => `${ns}.${key}`,
  getFormatter: async () => ({ dateTime: () => "6 December 2026" }),
}));
jest.mock("../../../app/lib/dates-server", () => ({ getDateFormatter: async () => (iso: string) => iso }));
jest.mock("../../../app/lib/graphql-server", () => ({ gql: async () => answer }));
jest.mock("../../../app/lib/session", () => ({ currentUser: async () => null }));

const PRIVACY = { key: "privacy", title: "Ochrona danych osobowych", bodyHtml: "<p>Administratorem danych jest Gmina</p>", updatedAt: "2026-12-06T10:00:00Z" };
const ENGLISH = { titleEn: "Privacy notice", bodyHtmlEn: "<p>The controller is the Municipality</p>" };
const NOTE = "common.polishOnly";

async function legal(page: object, pageLocale: string) {
  locale = pageLocale;
  answer = { programmePage: page };
  render(await LegalPage({ pageKey: "privacy" }));
}

describe("a programme page in the reader's language", () => {
  it("shows English readers the published English version, with no note", async () => {
    await legal({ ...PRIVACY, ...ENGLISH }, "en");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Privacy notice");
    expect(screen.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang");
    expect(screen.getByText("The controller is the Municipality").closest("[lang]")).toBeNull();
    expect(screen.queryByText(NOTE)).toBeNull();
    expect(screen.queryByText(/Administratorem/)).toBeNull();
  });

  it("shows English readers the Polish text marked lang=pl, after a note that it is in Polish only", async () => {
    await legal({ ...PRIVACY, titleEn: null, bodyHtmlEn: null }, "en");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Ochrona danych osobowych");
    expect(screen.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "pl");
    expect(screen.getByText("Administratorem danych jest Gmina").closest("[lang]")).toHaveAttribute("lang", "pl");
    const note = screen.getByText(NOTE);
    expect(note.closest("[lang]")).toBeNull();
  });

  it("shows Polish readers the Polish text, whatever English there is, without a note or a lang of its own", async () => {
    await legal({ ...PRIVACY, ...ENGLISH }, "pl");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Ochrona danych osobowych");
    expect(screen.getByText("Administratorem danych jest Gmina").closest("[lang]")).toBeNull();
    expect(screen.queryByText(NOTE)).toBeNull();
  });

  it("picks the language per section on /programme: English where published, else Polish marked lang=pl", async () => {
    locale = "en";
    answer = {
      programmePages: [
        { key: "about", title: "O programie", bodyHtml: "<p>Program współpracy</p>", titleEn: "About", bodyHtmlEn: "<p>The cooperation programme</p>", draft: null, updatedAt: "" },
        { key: "awards", title: "Nagrody", bodyHtml: "<p>Nagrody prezydenta</p>", titleEn: null, bodyHtmlEn: null, draft: null, updatedAt: "" },
      ],
      programmePartners: [],
      newsPosts: { edges: [] },
    };
    render(await ProgrammePage({ searchParams: Promise.resolve({}) }));
    const [about, awards] = screen.getAllByRole("heading", { level: 2 });
    expect(about).toHaveTextContent("About");
    expect(about).not.toHaveAttribute("lang");
    expect(screen.getByText("The cooperation programme").closest("[lang]")).toBeNull();
    expect(awards).toHaveTextContent("Nagrody");
    expect(awards).toHaveAttribute("lang", "pl");
    expect(screen.getByText("Nagrody prezydenta").closest("[lang]")).toHaveAttribute("lang", "pl");
    expect(screen.getByRole("link", { name: "Nagrody" })).toHaveAttribute("lang", "pl");
    expect(screen.getAllByText(NOTE)).toHaveLength(1);
  });
});
