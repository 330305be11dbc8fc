import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql } from "../../helpers/graphql";

/**
 * What every argument goes through before a resolver (server/schema.ts, `validateArg`):
 * a NUL character or an absurd length is refused as BAD_USER_INPUT naming the field — also
 * for a plain argument, which type-graphql hands over without its name.
 */
let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const SEARCH = `query($q: String!) { search(query: $q) { totalCount } }`;
const PAGE = `query($k: String!) { programmePage(key: $k) { key } }`;

describe("argument refusals", () => {
  it("names a plain argument that holds a NUL character", async () => {
    const r = await gql(db.ds, SEARCH, { q: "lokal\u0000" });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0].extensions?.fields).toEqual({ query: "Contains a NUL character" });
    expect((await gql(db.ds, PAGE, { k: "x\u0000" })).errors?.[0].extensions?.fields).toEqual({ key: "Contains a NUL character" });
  });

  it("names a plain argument that is absurdly long", async () => {
    const r = await gql(db.ds, PAGE, { k: "x".repeat(100_001) });
    expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { key: "Too long" } });
  });

  it("names a field of an input object by its path", async () => {
    const r = await gql(db.ds, `query($f: PremisesFilter) { premisesSearch(filter: $f, first: 1) { totalCount } }`, { f: { text: "a\u0000b" } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { text: "Contains a NUL character" } });
  });
});
