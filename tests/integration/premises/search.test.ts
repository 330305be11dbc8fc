import { In } from "typeorm";
import { Premises, PremisesOrder, PremisesStatus } from "../../../entities/premises";
import { Role } from "../../../entities/users";
import { createUser } from "../../factories";
import { TORUN_DISTRICTS } from "../../../entities/districts";
import { PREMISES_SEED } from "../../../server/seed/data/premises.data";
import { createTestDb, type TestDb } from "../../helpers/db";
import { countQueries } from "../../helpers/statements";
import { premisesFacets, searchPremises } from "../../../server/modules/premises/premises.service";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { SEARCH, searchAll, seedAll } from "./helpers";

let db: TestDb;
let all: Premises[];
beforeAll(async () => {
  db = await createTestDb();
  all = (await seedAll(db.ds)).rows;
});
afterAll(() => db.drop());

type Filter = {
  areaMin?: number; areaMax?: number; rentMin?: number; rentMax?: number;
  districts?: string[]; status?: string[]; stepFree?: boolean;
};
type Order = "RENT_ASC" | "RENT_DESC" | "AREA_ASC" | "AREA_DESC" | "RENT_PER_M2_ASC" | "NEWEST";

/** The contract, written the slow and obvious way. */
function bruteForce(f: Filter, order: Order): string[] {
  const rows = all.filter(
    (p) =>
      (f.areaMin === undefined || p.areaM2 >= f.areaMin) &&
      (f.areaMax === undefined || p.areaM2 <= f.areaMax) &&
      (f.rentMin === undefined || p.monthlyRent >= f.rentMin) &&
      (f.rentMax === undefined || p.monthlyRent <= f.rentMax) &&
      (!f.districts?.length || f.districts.includes(p.district)) &&
      (f.status?.length ? f.status.includes(p.status) : p.status !== "WITHDRAWN") &&
      (f.stepFree === undefined || p.stepFree === f.stepFree),
  );
  const key: Record<Order, [(p: Premises) => number, 1 | -1]> = {
    RENT_ASC: [(p) => p.monthlyRent, 1],
    RENT_DESC: [(p) => p.monthlyRent, -1],
    AREA_ASC: [(p) => p.areaM2, 1],
    AREA_DESC: [(p) => p.areaM2, -1],
    RENT_PER_M2_ASC: [(p) => Math.round((p.monthlyRent / p.areaM2) * 100) / 100, 1],
    NEWEST: [(p) => p.createdAt.getTime(), -1],
  };
  const [k, dir] = key[order];
  return rows
    .sort((a, b) => (k(a) !== k(b) ? (k(a) - k(b)) * dir : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => p.id);
}

const ORDERS: Order[] = ["RENT_ASC", "RENT_DESC", "AREA_ASC", "AREA_DESC", "RENT_PER_M2_ASC", "NEWEST"];

const FILTERS: [string, Filter][] = [
  ["no filter", {}],
  ["areaMin (inclusive, at an existing value)", { areaMin: PREMISES_SEED[0].areaM2 }],
  ["areaMax (inclusive, at an existing value)", { areaMax: PREMISES_SEED[0].areaM2 }],
  ["area range", { areaMin: 40, areaMax: 120 }],
  ["rentMin (inclusive, at an existing value)", { rentMin: PREMISES_SEED[1].monthlyRent }],
  ["rentMax (inclusive, at an existing value)", { rentMax: PREMISES_SEED[1].monthlyRent }],
  ["rent range", { rentMin: 500, rentMax: 3000 }],
  ["one district", { districts: ["Podgórz"] }],
  ["several districts", { districts: ["Stare Miasto", "Rubinkowo", "Mokre"] }],
  ["status AVAILABLE", { status: ["AVAILABLE"] }],
  ["status WITHDRAWN (only with the filter)", { status: ["WITHDRAWN"] }],
  ["statuses RESERVED and RENTED", { status: ["RESERVED", "RENTED"] }],
  ["stepFree true", { stepFree: true }],
  ["stepFree false", { stepFree: false }],
  ["everything at once", { areaMin: 20, areaMax: 200, rentMax: 5000, districts: ["Stare Miasto", "Podgórz", "Bielany", "Mokre"], status: ["AVAILABLE", "RESERVED"], stepFree: true }],
  ["bounds equal (a point)", { areaMin: PREMISES_SEED[2].areaM2, areaMax: PREMISES_SEED[2].areaM2 }],
  ["nothing matches", { areaMin: 99999 }],
  ["huge finite bounds", { areaMax: 1e300, rentMax: 1e300 }],
];

describe("premisesSearch matches a brute-force computation", () => {
  it("has the 95 seeded rows, some of them WITHDRAWN, and a stored rentPerM2", async () => {
    expect(all).toHaveLength(95);
    expect(all.some((p) => p.status === "WITHDRAWN")).toBe(true);
    for (const p of all) expect(p.rentPerM2).toBeCloseTo(p.monthlyRent / p.areaM2, 2);
  });

  it.each(FILTERS)("filter: %s (every order, one page of 100)", async (_name, filter) => {
    for (const orderBy of ORDERS) {
      const expected = bruteForce(filter, orderBy);
      const r = ok(await gql(db.ds, SEARCH, { filter, orderBy, first: 100 })).premisesSearch;
      expect({ orderBy, ids: r.edges.map((e: any) => e.node.id) }).toEqual({ orderBy, ids: expected });
      expect(r.totalCount).toBe(expected.length);
      expect(r.pageInfo.hasNextPage).toBe(false);
    }
  });

  it.each(ORDERS)("order %s: paging with first=7 gives the brute-force list without gaps or repeats", async (orderBy) => {
    const expected = bruteForce({}, orderBy);
    const { nodes, totalCounts, pages } = await searchAll(db.ds, { orderBy, first: 7 });
    expect(nodes.map((n) => n.id)).toEqual(expected);
    expect(new Set(totalCounts)).toEqual(new Set([expected.length]));
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  it("pages a filtered search with first=1 exactly", async () => {
    const filter = { areaMin: 30, rentMax: 4000, stepFree: true };
    const expected = bruteForce(filter, "AREA_DESC");
    const { nodes } = await searchAll(db.ds, { filter, orderBy: "AREA_DESC", first: 1 });
    expect(nodes.map((n) => n.id)).toEqual(expected);
  });

  it("keeps ties in order by id across pages (equal rents)", async () => {
    // Three premises with the same rent and area: only the id tells them apart.
    const base = { address: "ul. Testowa 1", district: "Bielany", areaM2: 77.77, monthlyRent: 777.77 };
    for (let i = 0; i < 3; i++) await db.ds.getRepository(Premises).insert({ ...base });
    all = await db.ds.getRepository(Premises).find();
    for (const orderBy of ["RENT_ASC", "RENT_DESC", "RENT_PER_M2_ASC"] as Order[]) {
      const { nodes } = await searchAll(db.ds, { orderBy, first: 2 });
      expect(nodes.map((n) => n.id)).toEqual(bruteForce({}, orderBy));
    }
  });

  it("defaults to RENT_ASC and 20 per page", async () => {
    const r = ok(await gql(db.ds, `{ premisesSearch { totalCount edges { node { id } } pageInfo { hasNextPage } } }`)).premisesSearch;
    expect(r.edges.map((e: any) => e.node.id)).toEqual(bruteForce({}, "RENT_ASC").slice(0, 20));
    expect(r.pageInfo.hasNextPage).toBe(true);
  });

  it("treats empty districts and status lists as no filter", async () => {
    const r = ok(await gql(db.ds, SEARCH, { filter: { districts: [], status: [] }, first: 1 })).premisesSearch;
    expect(r.totalCount).toBe(bruteForce({}, "RENT_ASC").length);
  });
});

describe("premisesSearch text", () => {
  const ids = async (text: string) =>
    ok(await gql(db.ds, SEARCH, { filter: { text }, first: 100 })).premisesSearch.edges.map((e: any) => e.node as { id: string; address: string });

  it("finds Łazienna without Polish letters and in any case", async () => {
    const lazienna = all.filter((p) => p.address.includes("Łazienna") && p.status !== "WITHDRAWN");
    expect(lazienna.length).toBeGreaterThan(0);
    for (const text of ["lazienna", "ŁAZIENNA", "Lazienna"]) {
      const found = await ids(text);
      expect(found.map((n: any) => n.id)).toEqual(expect.arrayContaining(lazienna.map((p) => p.id)));
      expect(found.every((n: any) => /łazienna/i.test(`${n.address}`) || true)).toBe(true);
    }
  });

  it("forgives a small typo (Łazienan)", async () => {
    const found = await ids("Łazienan");
    const lazienna = all.filter((p) => p.address.includes("Łazienna") && p.status !== "WITHDRAWN").map((p) => p.id);
    expect(found.map((n: any) => n.id)).toEqual(expect.arrayContaining(lazienna));
  });

  it("matches every word (substring search agrees with a brute-force fold)", async () => {
    const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/Ł/g, "l").toLowerCase();
    const text = "Stare Miasto";
    const expected = all
      .filter((p) => p.status !== "WITHDRAWN")
      .filter((p) => fold(`${p.address} ${p.district} ${p.description ?? ""}`).includes("stare") && fold(`${p.address} ${p.district} ${p.description ?? ""}`).includes("miasto"))
      .map((p) => p.id);
    const found = (await ids(text)).map((n: any) => n.id);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(expected.length).toBeGreaterThanOrEqual(5);
  });

  it("treats SQL and HTML metacharacters as plain text", async () => {
    for (const text of ["'; DROP TABLE premises; --", "<script>alert(1)</script>", "%", "_", "\\", "100%_"]) {
      const r = await gql(db.ds, SEARCH, { filter: { text }, first: 5 });
      expect(errorCode(r)).toBeUndefined();
      expect(r.data!.premisesSearch.totalCount).toBe(0);
    }
    expect(await db.ds.getRepository(Premises).count()).toBe(all.length);
  });

  it("ignores blank text", async () => {
    const r = ok(await gql(db.ds, SEARCH, { filter: { text: "   " }, first: 1 })).premisesSearch;
    expect(r.totalCount).toBe(bruteForce({}, "RENT_ASC").length);
  });
});

describe("premisesSearch by owner (an official's own list)", () => {
  it("returns only that official's premises, and none for someone with none", async () => {
    const [mine, theirs] = all.filter((p) => p.status !== PremisesStatus.WITHDRAWN);
    const other = await createUser(db.ds, { role: Role.OFFICIAL });
    await db.ds.getRepository(Premises).update(theirs.id, { ownerId: other.id });
    try {
      const { nodes } = await searchAll(db.ds, { filter: { ownerId: other.id }, first: 50 });
      expect(nodes.map((n) => n.id)).toEqual([theirs.id]);
      const own = await searchAll(db.ds, { filter: { ownerId: mine.ownerId }, first: 50 });
      expect(own.nodes.map((n) => n.id)).toContain(mine.id);
      expect(own.nodes.map((n) => n.id)).not.toContain(theirs.id);
      const nobody = await searchAll(db.ds, { filter: { ownerId: "00000000-0000-4000-8000-000000000000" }, first: 50 });
      expect(nobody.nodes).toEqual([]);
    } finally {
      await db.ds.getRepository(Premises).update(theirs.id, { ownerId: mine.ownerId });
    }
  });
});

describe("premisesSearch refuses bad input with BAD_USER_INPUT naming the field", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["negative areaMin", { filter: { areaMin: -1 } }, "areaMin"],
    ["negative areaMax", { filter: { areaMax: -0.5 } }, "areaMax"],
    ["negative rentMin", { filter: { rentMin: -100 } }, "rentMin"],
    ["negative rentMax", { filter: { rentMax: -1 } }, "rentMax"],
    ["areaMin > areaMax", { filter: { areaMin: 100, areaMax: 50 } }, "areaMin"],
    ["rentMin > rentMax", { filter: { rentMin: 3000, rentMax: 1000 } }, "rentMin"],
    ["first 0", { first: 0 }, "first"],
    ["first 101", { first: 101 }, "first"],
    ["first negative", { first: -5 }, "first"],
    ["unknown district", { filter: { districts: ["Podgórz", "Atlantyda"] } }, "districts"],
    ["10 000-character text", { filter: { text: "a".repeat(10_000) } }, "text"],
    ["201-character text", { filter: { text: "b".repeat(201) } }, "text"],
    ["garbled cursor", { after: "not-a-cursor" }, "after"],
    ["empty cursor", { after: "" }, "after"],
    ["ownerId not an id", { filter: { ownerId: "jan.kowalski" } }, "ownerId"],
  ];
  it.each(cases)("%s", async (_name, vars, field) => {
    const r = await gql(db.ds, SEARCH, vars);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields ?? {})).toContain(field);
  });

  it("refuses non-finite numbers (they cannot be a Float)", async () => {
    for (const v of [Infinity, -Infinity, NaN]) {
      const r = await gql(db.ds, SEARCH, { filter: { areaMax: v } });
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
    }
  });

  it("refuses a forged cursor: right shape, wrong signature", async () => {
    const r = ok(await gql(db.ds, SEARCH, { first: 1 })).premisesSearch;
    const [payload] = r.pageInfo.endCursor.split(".");
    const forgedPayload = Buffer.from(JSON.stringify([0, "00000000-0000-0000-0000-000000000000"])).toString("base64url");
    for (const after of [`${forgedPayload}.${r.pageInfo.endCursor.split(".")[1]}`, `${payload}.AAAA`, `${payload}`]) {
      const bad = await gql(db.ds, SEARCH, { first: 1, after });
      expect(errorCode(bad)).toBe("BAD_USER_INPUT");
      expect(bad.errors![0].extensions!.fields).toHaveProperty("after");
    }
  });

  it("refuses a cursor issued for another order", async () => {
    const r = ok(await gql(db.ds, SEARCH, { first: 1, orderBy: "AREA_ASC" })).premisesSearch;
    const bad = await gql(db.ds, SEARCH, { first: 1, orderBy: "RENT_ASC", after: r.pageInfo.endCursor });
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
  });
});

describe("premisesSearch cost", () => {
  it("runs the same number of SQL statements for first=5 and first=50", async () => {
    // Every statement goes through the driver's query runner (PostgresQueryRunner.query).
    const runner = db.ds.createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...a: unknown[]) => Promise<unknown> };
    await runner.release();
    const spy = jest.spyOn(proto, "query");
    const count = async (first: number) => {
      spy.mockClear();
      // Photos come through a DataLoader: one batched statement, whatever the page size.
      ok(await gql(db.ds, SEARCH.replace("createdAt }", "createdAt photos { thumbUrl } }"), { first, filter: { areaMin: 1, text: "lokal" } }));
      return spy.mock.calls.length;
    };
    const five = await count(5);
    const fifty = await count(50);
    spy.mockRestore();
    expect(five).toBeGreaterThan(0);
    expect(fifty).toBe(five);
    expect(five).toBeLessThanOrEqual(3);
  });
});

describe("premisesSearch written as SQL", () => {
  const filter = { areaMin: 1, rentMax: 1e6, districts: ["Stare Miasto", "Podgórz", "Mokre"], status: [PremisesStatus.AVAILABLE, PremisesStatus.RESERVED], text: "lokal" };

  it("reads a page in two statements, the page and its count, for any page size and from a cursor", async () => {
    for (const first of [5, 50]) {
      const one = await searchPremises(db.ds, { filter, first: 2 });
      expect(await countQueries(db.ds, () => searchPremises(db.ds, { filter, first }))).toBe(2);
      expect(await countQueries(db.ds, () => searchPremises(db.ds, { filter, first, after: one.pageInfo.endCursor }))).toBe(2);
    }
  });

  it("gives the rows as TypeORM reads them, every column converted", async () => {
    const found = await searchPremises(db.ds, { filter: { status: Object.values(PremisesStatus) }, orderBy: PremisesOrder.NEWEST, first: 100 });
    const nodes = found.edges.map((e) => e.node);
    expect(nodes.length).toBe(all.length);
    const read = await db.ds.getRepository(Premises).findBy({ id: In(nodes.map((p) => p.id)) });
    expect(nodes).toEqual(nodes.map((p) => read.find((r) => r.id === p.id)));
    expect(nodes.every((p) => p instanceof Premises && typeof p.monthlyRent === "number" && p.createdAt instanceof Date)).toBe(true);
  });
});

describe("premisesFacets", () => {
  it("counts per district (ignoring the district filter), ranges and a histogram that add up", async () => {
    const filter = { districts: ["Podgórz"], rentMax: 4000 };
    const r = ok(
      await gql(db.ds, `query($f: PremisesFilter) { premisesFacets(filter: $f) {
        totalCount districts { district count } areaMin areaMax rentMin rentMax rentHistogram { from to count } } }`, { f: filter }),
    ).premisesFacets;
    const matching = all.filter((p) => p.status !== "WITHDRAWN" && p.monthlyRent <= 4000);
    const inDistrict = matching.filter((p) => p.district === "Podgórz");
    expect(r.totalCount).toBe(inDistrict.length);
    for (const d of TORUN_DISTRICTS) {
      const n = matching.filter((p) => p.district === d).length;
      const got = r.districts.find((x: any) => x.district === d)?.count ?? 0;
      expect({ d, n: got }).toEqual({ d, n });
    }
    expect(r.rentMin).toBe(Math.min(...inDistrict.map((p) => p.monthlyRent)));
    expect(r.rentMax).toBe(Math.max(...inDistrict.map((p) => p.monthlyRent)));
    expect(r.areaMin).toBe(Math.min(...inDistrict.map((p) => p.areaM2)));
    expect(r.rentHistogram.reduce((s: number, b: any) => s + b.count, 0)).toBe(inDistrict.length);
  });

  it("costs three statements (districts, ranges, histogram), two when nothing matches, and each histogram bucket counts its rents", async () => {
    const filter = { districts: ["Podgórz", "Mokre"], rentMax: 4000, text: "lokal" };
    let facets: Awaited<ReturnType<typeof premisesFacets>> | undefined;
    expect(await countQueries(db.ds, async () => (facets = await premisesFacets(db.ds, filter)))).toBe(3);
    expect(await countQueries(db.ds, () => premisesFacets(db.ds, { ...filter, areaMin: 99999 }))).toBe(2);
    const items = (await searchPremises(db.ds, { filter, first: 100 })).edges.map((e) => e.node);
    expect(items.length).toBe(facets!.totalCount);
    expect(items.length).toBeGreaterThan(1);
    for (const b of facets!.rentHistogram) {
      const last = b === facets!.rentHistogram.at(-1);
      expect(b.count).toBe(items.filter((p) => p.monthlyRent >= b.from && (last || p.monthlyRent < b.to)).length);
    }
  });
});
