import type { DataSource } from "typeorm";
import { Premises } from "../../../entities/premises/premises.entity";
import { pruneChangeRows } from "../../../server/result-cache";
import { rowsChanged } from "../../../server/result-cache-rows";
import { cachingNodes, resultCacheCount } from "../../helpers/caching-nodes";
import type { TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

/**
 * An answer of the premises result cache outlives a version when no changed row — before
 * or after its change — is one its filter selects (migration CacheChangeRows,
 * `rowsChanged` in server/result-cache.ts). Two nodes; writes in plain SQL; every answer is
 * compared with the database's own count and order.
 */

const SEARCH = `query($f: PremisesFilter) { premisesSearch(filter: $f, first: 5) { totalCount edges { node { id monthlyRent } } } }`;
const FACETS = `query($f: PremisesFilter) { premisesFacets(filter: $f) { totalCount districts { district count } } }`;
const CHEAP = { areaMin: 10, areaMax: 500, rentMin: 100, rentMax: 900 };
const DEAR = { areaMin: 10, areaMax: 500, rentMin: 5000, rentMax: 9000 };

let db: TestDb;
let nodeB: DataSource;
const nodes = cachingNodes();
beforeAll(async () => {
  ({ db, nodeB } = nodes);
  await db.ds.query(
    `INSERT INTO premises (address, district, area_m2, monthly_rent)
     SELECT 'ul. Tania ' || g, 'Mokre', 50, 100 + g * 10 FROM generate_series(1, 8) g
     UNION ALL SELECT 'ul. Droga ' || g, 'Bydgoskie', 60, 5000 + g * 100 FROM generate_series(1, 8) g`,
  );
});

const count = (result: "hit" | "miss" | "unchanged" | "delta") => resultCacheCount(result, "premises");
const search = async (ds: DataSource, f: object) => ok(await gql(ds, SEARCH, { f })).premisesSearch as { totalCount: number; edges: { node: { id: string } }[] };
/** The first page and the count, as the database says now. */
async function fresh(f: { rentMin: number; rentMax: number }) {
  const rows: { id: string }[] = await db.ds.query(
    `SELECT id FROM premises WHERE area_m2 BETWEEN 10 AND 500 AND monthly_rent BETWEEN $1 AND $2 AND status <> 'WITHDRAWN' ORDER BY monthly_rent, id`,
    [f.rentMin, f.rentMax],
  );
  return { totalCount: rows.length, ids: rows.slice(0, 5).map((r) => r.id) };
}
const seen = (r: Awaited<ReturnType<typeof search>>) => ({ totalCount: r.totalCount, ids: r.edges.map((e) => e.node.id) });

describe("answers carried over a version", () => {
  it("keeps the answers a change does not touch, and counts the ones it does by their changed rows, on both nodes", async () => {
    for (const ds of [db.ds, nodeB]) {
      await search(ds, CHEAP);
      await search(ds, DEAR);
    }
    // A dear premises gets dearer: the cheap band cannot have changed, the dear one has.
    await db.ds.query(`UPDATE premises SET monthly_rent = 8900 WHERE address = 'ul. Droga 1'`);
    const [unchanged, missed, delta] = [await count("unchanged"), await count("miss"), await count("delta")];
    for (const ds of [db.ds, nodeB]) {
      expect(seen(await search(ds, CHEAP))).toEqual(await fresh(CHEAP));
      expect(seen(await search(ds, DEAR))).toEqual(await fresh(DEAR));
    }
    expect(await count("unchanged")).toBe(unchanged + 2);
    // Its page read again, its count moved by the changed row (result-cache-counts.test.ts).
    expect(await count("delta")).toBe(delta + 2);
    expect(await count("miss")).toBe(missed);
  });

  it("sees a row that moves out of a band and one that moves into it (its row before and after the change)", async () => {
    await search(nodeB, CHEAP);
    await db.ds.query(`UPDATE premises SET monthly_rent = 5050 WHERE address = 'ul. Tania 1'`);
    expect(seen(await search(nodeB, CHEAP))).toEqual(await fresh(CHEAP));
    await search(nodeB, CHEAP);
    await db.ds.query(`UPDATE premises SET monthly_rent = 150 WHERE address = 'ul. Tania 1'`);
    expect(seen(await search(nodeB, CHEAP))).toEqual(await fresh(CHEAP));
    await db.ds.query(`DELETE FROM premises WHERE address = 'ul. Tania 2'`);
    expect(seen(await search(nodeB, CHEAP))).toEqual(await fresh(CHEAP));
    await db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Nowa 1', 'Mokre', 40, 120)`);
    expect(seen(await search(nodeB, CHEAP))).toEqual(await fresh(CHEAP));
  });

  it("judges the facets by the filter without its districts (they count every district)", async () => {
    const f = { ...CHEAP, districts: ["Mokre"] };
    const before = ok(await gql(nodeB, FACETS, { f })).premisesFacets;
    await db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Inna 1', 'Rubinkowo', 40, 130)`);
    const after = ok(await gql(nodeB, FACETS, { f })).premisesFacets;
    expect(after.districts.find((d: { district: string }) => d.district === "Rubinkowo")?.count).toBe(
      (before.districts.find((d: { district: string }) => d.district === "Rubinkowo")?.count ?? 0) + 1,
    );
  });

  it("computes again after a change of many rows, a TRUNCATE-like bulk write or pruned rows", async () => {
    await search(nodeB, DEAR);
    // 150 rows in one transaction: more than the trigger keeps, so nothing older can be judged.
    await db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) SELECT 'ul. Hurtowa ' || g, 'Mokre', 900, 100 FROM generate_series(1, 150) g`);
    const missed = await count("miss");
    expect(seen(await search(nodeB, DEAR))).toEqual(await fresh(DEAR));
    expect(await count("miss")).toBe(missed + 1);

    await search(nodeB, DEAR);
    await db.ds.query(`UPDATE premises SET monthly_rent = 100 WHERE address = 'ul. Hurtowa 1'`);
    await db.ds.query(`UPDATE cache_change_rows SET at = now() - interval '1 hour'`);
    await pruneChangeRows(db.ds);
    const missedAgain = await count("miss");
    expect(seen(await search(nodeB, DEAR))).toEqual(await fresh(DEAR));
    expect(await count("miss")).toBe(missedAgain + 1);
  });

  it("never answers stale while reads race writes that move rows in and out of the band", async () => {
    const stale: string[] = [];
    let done = false;
    const writer = (async () => {
      for (let i = 0; i < 20; i++) await db.ds.query(`UPDATE premises SET monthly_rent = $1 WHERE address = 'ul. Tania 3'`, [i % 2 ? 140 : 6000]);
      done = true;
    })();
    const id = (await db.ds.query(`SELECT id FROM premises WHERE address = 'ul. Tania 3'`))[0].id;
    const state = async () =>
      (await db.ds.query(`SELECT v.version, p.monthly_rent::float8 AS rent FROM cache_versions v, premises p WHERE v.domain = 'premises' AND p.id = $1`, [id]))[0] as { version: string; rent: number };
    const reader = async (ds: DataSource) => {
      while (!done) {
        const before = await state();
        const r = await search(ds, CHEAP);
        const after = await state();
        // Only when nothing was written during the read is the row's place in the answer known.
        if (before.version === after.version) {
          const listed = r.edges.some((e) => e.node.id === id);
          if (before.rent <= 900 && !listed && r.totalCount <= 5) stale.push(`missing at ${before.rent}`);
          if (before.rent > 900 && listed) stale.push(`listed at ${before.rent}`);
        }
      }
    };
    await Promise.all([writer, reader(db.ds), reader(nodeB)]);
    expect(stale).toEqual([]);
    expect(seen(await search(nodeB, CHEAP))).toEqual(await fresh(CHEAP));
  });

  it("reads a filter whose text or values look like numbered parameters as written", async () => {
    const version = async () => (await db.ds.query(`SELECT version::text AS v FROM cache_versions WHERE domain = 'premises'`))[0].v as string;
    const from = await version();
    await db.ds.query(`UPDATE premises SET address = 'ul. $9 Dolara' WHERE address = 'ul. Tania 4'`);
    const to = await version();
    const changed = (where: Parameters<typeof rowsChanged<Premises>>[7]) => rowsChanged(db.ds, "premises", Premises, "premises", "p", from, to, where);
    expect(await changed((qb) => qb.where("p.address = :a", { a: "ul. $9 Dolara" }))).toBe(true);
    expect(await changed((qb) => qb.where("p.address = 'ul. $9 Dolara'"))).toBe(true);
    expect(await changed((qb) => qb.where("p.address = :a AND p.district <> '$2'", { a: "ul. Nikt" }))).toBe(false);
  });
});
