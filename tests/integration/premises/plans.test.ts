import { createTestDb, type TestDb } from "../../helpers/db";

/**
 * The plans of a bounded area/rent search on the benchmark's data shape (100 000 premises
 * spread like bench/data.ts): no sequential scan of premises, neither for the page nor for
 * the exact count.
 */
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await db.ds.query(`SELECT setseed(0.2013)`);
  await db.ds.query(
    `INSERT INTO premises (address, district, area_m2, monthly_rent, status, step_free, description)
     SELECT 'ul. Testowa ' || g, (ARRAY['Mokre','Podgórz','Stare Miasto','Rubinkowo'])[1 + g % 4], a,
            round((a * (8 + random() * 37))::numeric, 2),
            (ARRAY['AVAILABLE','AVAILABLE','RESERVED','RENTED','WITHDRAWN'])[1 + g % 5]::premises_status, g % 3 = 0, 'Lokal'
       FROM (SELECT g, round((12 + random() * random() * 430)::numeric, 2) AS a FROM generate_series(1, 100000) g) x`,
  );
  await db.ds.query(`VACUUM ANALYZE premises`);
}, 120_000);
afterAll(() => db.drop());

const WHERE = `p.area_m2 >= 40 AND p.area_m2 <= 120 AND p.monthly_rent >= 500 AND p.monthly_rent <= 3000 AND p.status <> 'WITHDRAWN'`;

async function plan(sql: string): Promise<string> {
  const rows: { "QUERY PLAN": string }[] = await db.ds.query(`EXPLAIN ${sql}`);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

describe("premises search plans on 100 000 rows", () => {
  it("reads a page through an index", async () => {
    const p = await plan(`SELECT p.id FROM premises p WHERE ${WHERE} ORDER BY p.monthly_rent ASC, p.id ASC LIMIT 21`);
    expect(p).not.toMatch(/Seq Scan on premises/);
  });

  it("counts the matches without scanning the table", async () => {
    const p = await plan(`SELECT count(*) FROM premises p WHERE ${WHERE}`);
    expect(p).not.toMatch(/Seq Scan on premises/);
    expect(p).toMatch(/Index Only Scan|Bitmap Index Scan|Index Scan/);
  });
});
