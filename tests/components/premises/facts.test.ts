import { premisesFacts } from "../../../app/premises/[id]/facts";

jest.mock("next-intl/server", () => ({}));

const format = {
  t: (key: string, values?: Record<string, string | number>) => (values ? `${key}:${JSON.stringify(values)}` : key),
  money: (n: number) => `${n} zł`,
  number: (n: number) => String(n),
  date: (iso: string) => iso.slice(0, 10),
  locale: "pl",
};

const BARE = {
  district: "Bydgoskie Przedmieście",
  areaM2: 48.5,
  monthlyRent: 970,
  rentPerM2: 20,
  floor: null,
  stepFree: false,
  condition: null,
  conditionNote: null,
  utilities: [],
  utilitiesNote: null,
  permittedUse: null,
  availableFrom: null,
  preferentialRent: false,
  code: null,
  administrator: null,
};

describe("the facts of a premises' page", () => {
  it("leaves out a fact that is not given, instead of a row of a dash", () => {
    const terms = premisesFacts(BARE, format).map(([term]) => term);
    expect(terms).toEqual(["fields.district", "fields.area", "fields.rent", "fields.rentPerM2", "fields.stepFree", "fields.preferentialRent"]);
    expect(premisesFacts(BARE, format).every(([, value]) => value && value !== "—")).toBe(true);
  });

  it("shows every fact that is given, a code's label with its note, in the page's order", () => {
    const full = {
      ...BARE,
      floor: 0,
      condition: "GOOD",
      conditionNote: "po remoncie",
      utilities: ["WATER"],
      permittedUse: "usługi",
      availableFrom: "2027-01-01T00:00:00Z",
      code: "L-12",
      administrator: "ZGM",
    };
    expect(premisesFacts(full, format)).toEqual([
      ["fields.district", "Bydgoskie Przedmieście"],
      ["fields.area", "48.5 m²"],
      ["fields.rent", "970 zł"],
      ["fields.rentPerM2", "20 zł"],
      ["fields.floor", "fields.groundFloor"],
      ["fields.stepFree", "no"],
      ["fields.condition", "condition.GOOD — po remoncie"],
      ["fields.utilities", "utility.WATER"],
      ["fields.permittedUse", "usługi"],
      ["fields.availableFrom", "2027-01-01"],
      ["fields.preferentialRent", "no"],
      ["fields.code", "L-12"],
      ["fields.administrator", "ZGM"],
    ]);
  });
});
