import { snippetOf } from "./snippet";

describe("a search hit's snippet", () => {
  it("keeps a text that fits as it is", () => {
    expect(snippetOf("Lokal po remoncie.", 20)).toBe("Lokal po remoncie.");
    expect(snippetOf("", 20)).toBe("");
  });

  it("cuts a longer text after a whole word, with an ellipsis, within the length", () => {
    const s = snippetOf("Lokal użytkowy na parterze kamienicy, po remoncie", 30);
    expect(s).toBe("Lokal użytkowy na parterze…");
    expect(s.length).toBeLessThanOrEqual(30);
  });

  it("leaves no comma or dash before the ellipsis", () => {
    expect(snippetOf("Lokal na parterze kamienicy, po remoncie", 30)).toBe("Lokal na parterze kamienicy…");
    expect(snippetOf("Pracownia ceramiczna – zajęcia dla dorosłych", 23)).toBe("Pracownia ceramiczna…");
  });

  it("cuts a word longer than half the snippet where it must", () => {
    const s = snippetOf("https://example.org/bardzo/dluga/sciezka/bez/spacji", 20);
    expect(s).toBe("https://example.org…");
    expect(s.length).toBe(20);
  });
});
