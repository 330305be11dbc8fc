import { createTestDb, type TestDb } from "../../helpers/db";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

describe("migrations", () => {
  it("produce exactly the schema the entities describe (no drift)", async () => {
    const sql = await db.ds.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("install the extensions the searches rely on", async () => {
    const rows = await db.ds.query(`SELECT extname FROM pg_extension ORDER BY extname`);
    expect(rows.map((r: { extname: string }) => r.extname)).toEqual(
      expect.arrayContaining(["btree_gist", "pg_trgm", "unaccent"]),
    );
    const [{ folded }] = await db.ds.query(`SELECT f_unaccent('Łazienna Żółć') AS folded`);
    expect(folded).toBe("lazienna zolc");
  });
});
