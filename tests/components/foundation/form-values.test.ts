import { decimalText, formText, formTexts } from "../../../app/lib/form-values";

describe("an object's values as the initial text of its edit form", () => {
  it("shows nothing as empty, a number as its digits, text as it is", () => {
    expect([formText(null), formText(undefined), formText(0), formText(12.5), formText("")]).toEqual(["", "", "0", "12.5", ""]);
  });

  it("takes only the fields named, as a plain object", () => {
    const row = Object.assign(Object.create(null) as object, { note: null, area: 40, code: "A-1", hidden: "x" });
    const values = formTexts(row as { note: string | null; area: number; code: string; hidden: string }, ["note", "area", "code"]);
    expect(values).toEqual({ note: "", area: "40", code: "A-1" });
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });

  it("writes a decimal with a comma in Polish and a point in English, nothing as empty", () => {
    expect([decimalText(27.5, "pl"), decimalText(457.11, "pl"), decimalText(40, "pl"), decimalText(null, "pl")]).toEqual(["27,5", "457,11", "40", ""]);
    expect(decimalText(27.5, "en")).toBe("27.5");
  });
});
