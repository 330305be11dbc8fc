import { snippetOf } from "./snippet";

describe("a search hit's snippet", () => {
  // Each snippet is also within the length asked for.
  it.each([
    ["keeps a text that fits as it is", "Lokal po remoncie.", 20, "Lokal po remoncie."],
    ["keeps an empty text empty", "", 20, ""],
    ["cuts a longer text after a whole word, with an ellipsis", "Lokal użytkowy na parterze kamienicy, po remoncie", 30, "Lokal użytkowy na parterze…"],
    ["leaves no comma before the ellipsis", "Lokal na parterze kamienicy, po remoncie", 30, "Lokal na parterze kamienicy…"],
    ["leaves no dash before the ellipsis", "Pracownia ceramiczna – zajęcia dla dorosłych", 23, "Pracownia ceramiczna…"],
    ["cuts a word longer than half the snippet where it must", "https://example.org/bardzo/dluga/sciezka/bez/spacji", 20, "https://example.org…"],
  ])("%s", (_, text, length, snippet) => {
    const s = snippetOf(text, length);
    expect(s).toBe(snippet);
    expect(s.length).toBeLessThanOrEqual(length);
  });
});
