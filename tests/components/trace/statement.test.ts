import { isoDay, statementFacts, statementSections } from "../../../app/accessibility/statement";

describe("accessibility statement body", () => {
  it("reads the facts before the first section and ignores unknown keys", () => {
    const body = "podmiot: Gmina Miasta Toruń\nEmail: a@b.pl\ndata-publikacji: 2013-07-02\ncoś: nie\n\n## Treści niedostępne\n\nstatus: to nie fakt";
    expect(statementFacts(body)).toEqual({ podmiot: "Gmina Miasta Toruń", email: "a@b.pl", "data-publikacji": "2013-07-02" });
  });

  it("cuts the rendered body at its h2 headings, in order", () => {
    const html = "<p>podmiot: X</p><h2 id=\"a\">Treści niedostępne</h2><p>Mapa</p><h2>Dostępność architektoniczna</h2><p>Winda</p>";
    expect(statementSections(html)).toEqual([
      { title: "Treści niedostępne", html: "<p>Mapa</p>" },
      { title: "Dostępność architektoniczna", html: "<p>Winda</p>" },
    ]);
  });

  it("accepts only calendar days as dates", () => {
    expect(isoDay("2026-12-04")).toBe("2026-12-04");
    expect(isoDay("4 grudnia")).toBeNull();
    expect(isoDay(undefined)).toBeNull();
  });
});
