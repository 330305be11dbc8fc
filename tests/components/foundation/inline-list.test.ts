import { inlineList } from "../../../app/lib/inline-list";

describe("labels of a short list written into a sentence", () => {
  it("keeps the first capital and lowers the others, joined the Polish way", () => {
    expect(inlineList(["Prąd", "Woda"], "pl")).toBe("Prąd i woda");
    expect(inlineList(["Prąd", "Siła (400 V)", "C.o. miejskie", "Internet"], "pl")).toBe("Prąd, siła (400 V), c.o. miejskie i internet");
  });

  it("joins in English with the English conjunction", () => {
    expect(inlineList(["Electricity", "Water", "Gas"], "en")).toBe("Electricity, water, and gas");
  });

  it("leaves acronyms and a single label as they are", () => {
    expect(inlineList(["Woda", "LED"], "pl")).toBe("Woda i LED");
    expect(inlineList(["Gaz"], "pl")).toBe("Gaz");
    expect(inlineList([], "pl")).toBe("");
  });
});
