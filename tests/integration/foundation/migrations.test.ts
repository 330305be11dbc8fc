import { OrganizationNipUnique1764101370000 } from "../../../migrations/1764101370000-OrganizationNipUnique";
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

  it("stop before the NIP index where organisations already share a NIP, naming them, and change nothing", async () => {
    const runner = db.ds.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`DROP INDEX "UQ_organizations_nip"`);
      await runner.query(
        `INSERT INTO organizations (name, slug, legal_form, verified, nip) VALUES ('Stara', 'stara-nip', 'ASSOCIATION', true, '9561373677'), ('Nowa', 'nowa-nip', 'ASSOCIATION', false, '9561373677')`,
      );
      await expect(new OrganizationNipUnique1764101370000().up(runner)).rejects.toThrow("Organisations share a NIP (9561373677: Stara, Nowa)");
      expect(await runner.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'UQ_organizations_nip'`)).toEqual([]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
