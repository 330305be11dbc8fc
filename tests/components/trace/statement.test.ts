import { isoDay, statementFacts, statementSections, statementUrl } from "../../../app/accessibility/statement";

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

describe("the statement's address in its meta tag", () => {
  const forged = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
  it("is the site's configured address, whatever Host or X-Forwarded-Host a request claims (a cache would keep it for everyone)", () => {
    expect(statementUrl(forged, { APP_URL: "https://pes.torun.pl/" })).toBe("https://pes.torun.pl/accessibility");
    expect(statementUrl(forged, { NEXTAUTH_URL: "https://pes.torun.pl" })).toBe("https://pes.torun.pl/accessibility");
  });

  it("falls back to the request's host only without a configured address (development)", () => {
    expect(statementUrl(new Headers({ host: "localhost:3000" }), {})).toBe("http://localhost:3000/accessibility");
  });
});
