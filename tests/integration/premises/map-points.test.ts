import { MAX_MAP_POINTS } from "../../../server/modules/premises/premises.service";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { countQueries } from "../../helpers/statements";

/**
 * The map of all matches: every match of the search with coordinates — not only the
 * current page — as id, position and address, in one statement, never more than
 * MAX_MAP_POINTS points (`truncated` says when some were left out).
 */
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.drop());

const MAP = `query($f: PremisesFilter) { premisesMapPoints(filter: $f) { totalCount truncated points { id latitude longitude title } } }`;

async function insert(n: number, district: string, withCoords = true): Promise<void> {
  await db.ds.query(
    `INSERT INTO premises (address, district, area_m2, monthly_rent, latitude, longitude)
     SELECT 'ul. Mapowa ' || g, $2, 40, 1000 + g, CASE WHEN $3 THEN 53.0 + g / 100000.0 END, CASE WHEN $3 THEN 18.6 END FROM generate_series(1, $1) g`,
    [n, district, withCoords],
  );
}

it("returns every match of the filter with coordinates, beyond one page, in one statement", async () => {
  await insert(45, "Mokre");
  await insert(5, "Mokre", false);
  await insert(7, "Podgórz");
  let r: any;
  const statements = await countQueries(db.ds, async () => {
    r = ok(await gql(db.ds, MAP, { f: { districts: ["Mokre"] } })).premisesMapPoints;
  });
  expect(statements).toBe(1);
  expect(r.totalCount).toBe(45);
  expect(r.truncated).toBe(false);
  expect(r.points).toHaveLength(45);
  expect(Object.keys(r.points[0]).sort()).toEqual(["id", "latitude", "longitude", "title"]);
  expect(r.points.every((p: { title: string }) => p.title.startsWith("ul. Mapowa"))).toBe(true);
});

it(`never returns more than ${MAX_MAP_POINTS} points and says so`, async () => {
  await insert(MAX_MAP_POINTS + 10, "Bydgoskie Przedmieście");
  const r = ok(await gql(db.ds, MAP, { f: { districts: ["Bydgoskie Przedmieście"] } })).premisesMapPoints;
  expect(r.points).toHaveLength(MAX_MAP_POINTS);
  expect(r.totalCount).toBe(MAX_MAP_POINTS + 10);
  expect(r.truncated).toBe(true);
});

it("refuses a bad filter like the search does", async () => {
  expect(errorCode(await gql(db.ds, MAP, { f: { areaMin: 50, areaMax: 10 } }))).toBe("BAD_USER_INPUT");
});
