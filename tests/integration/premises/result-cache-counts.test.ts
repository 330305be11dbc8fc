import type { DataSource } from "typeorm";
import { pruneChangeRows } from "../../../server/result-cache";
import { serveGraphQLHttp } from "../../../server/http-graphql";
import { searchPremises } from "../../../server/modules/premises/premises.service";
import { cachingNodes, resultCacheCount } from "../../helpers/caching-nodes";
import type { TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

/**
 * A cached search keeps its exact count over writes: when kept changed rows are ones its
 * filter selects, the new count is the old one moved by each such row's sign (+1 after a
 * change, −1 before), and only the page is read again (`rowCounting`, migration
 * CacheChangeRowSigns). Two nodes — one records its statements, so a test fails if the
 * count was run — and writes in plain SQL; every answer is compared with the search
 * computed afresh without the cache.
 */

const SEARCH = `query($f: PremisesFilter, $after: String) { premisesSearch(filter: $f, first: 3, after: $after) {
  totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`;
const BAND = { areaMin: 10, areaMax: 500, rentMin: 1000, rentMax: 1900 };

let db: TestDb;
let nodeB: DataSource;
/** A node whose statements are recorded (into `statements`). */
let nodeC: DataSource;
const statements: string[] = [];
const nodes = cachingNodes({}, { recordInto: statements });

beforeAll(async () => {
  ({ db, nodeB, nodeC } = nodes);
  await db.ds.query(
    `INSERT INTO premises (address, district, area_m2, monthly_rent)
     SELECT 'ul. Liczona ' || g, 'Mokre', 50, 1000 + g * 50 FROM generate_series(1, 10) g
     UNION ALL SELECT 'ul. Obok ' || g, 'Bydgoskie', 60, 3000 + g * 100 FROM generate_series(1, 5) g`,
  );
});

type Answer = { totalCount: number; ids: string[]; hasNextPage: boolean; endCursor: string | null };
async function search(ds: DataSource, f: object, after: string | null = null): Promise<Answer> {
  const c = ok(await gql(ds, SEARCH, { f, after })).premisesSearch;
  return { totalCount: c.totalCount, ids: c.edges.map((e: { node: { id: string } }) => e.node.id), hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor };
}
/** The same search computed afresh, without the cache. */
async function fresh(f: object, after: string | null = null): Promise<Answer> {
  const c = await searchPremises(db.ds, { filter: f, first: 3, after });
  return { totalCount: c.totalCount, ids: c.edges.map((e) => e.node.id), hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor };
}
const count = (result: "miss" | "unchanged" | "delta") => resultCacheCount(result, "premises");
/** Statements recorded on node C that count the premises table itself. */
const counts = () => statements.filter((q) => /count\(\*\)/.test(q) && /FROM premises p\b/.test(q));
const pages = () => statements.filter((q) => /FROM premises p\b[\s\S]*LIMIT/.test(q));

/** Asks both nodes after a write: each answer exact, each by its changed rows (no count run), or as `expected` says. */
async function bothExact(f: object, expected: "delta" | "unchanged" = "delta") {
  const before = { delta: await count("delta"), unchanged: await count("unchanged"), miss: await count("miss") };
  statements.length = 0;
  for (const ds of [nodeC, nodeB]) expect(await search(ds, f)).toEqual(await fresh(f));
  expect(counts()).toEqual([]);
  expect(pages()).toHaveLength(expected === "delta" ? 1 : 0);
  expect(await count(expected)).toBe(before[expected] + 2);
  expect(await count("miss")).toBe(before.miss);
}

describe("exact counts kept over writes", () => {
  it("counts on a first read, and then moves the count by a row moved in or out, inserted or deleted, on two nodes", async () => {
    statements.length = 0;
    for (const ds of [nodeC, nodeB]) expect(await search(ds, BAND)).toEqual(await fresh(BAND));
    // The recording sees a count when one runs.
    expect(counts()).toHaveLength(1);

    await db.ds.query(`UPDATE premises SET monthly_rent = 1010 WHERE address = 'ul. Obok 1'`); // in, first on the page
    await bothExact(BAND);
    await db.ds.query(`UPDATE premises SET monthly_rent = 2500 WHERE address = 'ul. Liczona 1'`); // out
    await bothExact(BAND);
    await db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Nowa 1', 'Mokre', 40, 1001)`);
    await bothExact(BAND);
    await db.ds.query(`DELETE FROM premises WHERE address = 'ul. Liczona 5'`);
    await bothExact(BAND);
    // A withdrawn row leaves the search (the filter's default status) though its rent is in the band.
    await db.ds.query(`UPDATE premises SET status = 'WITHDRAWN' WHERE address = 'ul. Liczona 6'`);
    await bothExact(BAND);
    // A change far from the band keeps the answer as it was.
    await db.ds.query(`UPDATE premises SET monthly_rent = 3999 WHERE address = 'ul. Obok 2'`);
    await bothExact(BAND, "unchanged");
  });

  it("follows several transactions between two reads, a row changed twice in one, and one inserted and deleted in one", async () => {
    await search(nodeC, BAND);
    await search(nodeB, BAND);
    await db.ds.query(`UPDATE premises SET monthly_rent = 1020 WHERE address = 'ul. Obok 3'`);
    await db.ds.query(`DELETE FROM premises WHERE address = 'ul. Liczona 7'`);
    await db.ds.transaction(async (em) => {
      await em.query(`UPDATE premises SET monthly_rent = 5000 WHERE address = 'ul. Liczona 8'`);
      await em.query(`UPDATE premises SET monthly_rent = 1800 WHERE address = 'ul. Liczona 8'`);
      await em.query(`UPDATE premises SET monthly_rent = 9000 WHERE address = 'ul. Liczona 9'`);
      await em.query(`UPDATE premises SET monthly_rent = 1500 WHERE address = 'ul. Liczona 9'`);
      await em.query(`UPDATE premises SET monthly_rent = 4000 WHERE address = 'ul. Liczona 9'`);
      await em.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Chwilowa', 'Mokre', 40, 1100)`);
      await em.query(`DELETE FROM premises WHERE address = 'ul. Chwilowa'`);
      await em.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Nowa 2', 'Mokre', 40, 1400)`);
    });
    await bothExact(BAND);
  });

  it("reads the page again when a row moves inside the band, its count the same", async () => {
    const before = await search(nodeC, BAND);
    await search(nodeB, BAND);
    await db.ds.query(`UPDATE premises SET monthly_rent = 1000 WHERE id = $1`, [before.ids[2]]);
    await bothExact(BAND);
    expect((await search(nodeC, BAND)).ids[0]).toBe(before.ids[2]);
  });

  it("counts a later page, and a filter of words and lists, by the changed rows", async () => {
    const first = await search(nodeC, BAND);
    const second = () => search(nodeC, BAND, first.endCursor);
    expect(await second()).toEqual(await fresh(BAND, first.endCursor));
    await db.ds.query(`UPDATE premises SET monthly_rent = 1850 WHERE address = 'ul. Obok 4'`);
    const delta = await count("delta");
    expect(await second()).toEqual(await fresh(BAND, first.endCursor));
    expect(await count("delta")).toBe(delta + 1);

    const words = { ...BAND, text: "Liczona", districts: ["Mokre"], utilities: ["WATER"] };
    await db.ds.query(`UPDATE premises SET utilities = '{WATER,ELECTRICITY}' WHERE address LIKE 'ul. Liczona%' OR address = 'ul. Obok 5'`);
    for (const ds of [nodeC, nodeB]) expect(await search(ds, words)).toEqual(await fresh(words));
    await db.ds.query(`UPDATE premises SET address = 'ul. Liczona 55', district = 'Mokre', monthly_rent = 1200 WHERE address = 'ul. Obok 5'`); // in by its words and district
    await bothExact(words);
    await db.ds.query(`UPDATE premises SET utilities = '{ELECTRICITY}' WHERE address = 'ul. Liczona 2'`); // out by its utilities
    await bothExact(words);
    await db.ds.query(`UPDATE premises SET district = 'Bydgoskie' WHERE address = 'ul. Liczona 3'`); // out by its district
    await bothExact(words);
  });

  it("computes afresh after a bulk write, pruned rows, or a transaction that keeps no rows", async () => {
    const missesAfter = async (write: () => Promise<unknown>) => {
      for (const ds of [nodeC, nodeB]) await search(ds, BAND);
      await write();
      const missed = await count("miss");
      statements.length = 0;
      for (const ds of [nodeC, nodeB]) expect(await search(ds, BAND)).toEqual(await fresh(BAND));
      expect(await count("miss")).toBe(missed + 2);
      expect(counts()).toHaveLength(1);
    };
    // 150 rows in one transaction: more than the trigger keeps.
    await missesAfter(() => db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) SELECT 'ul. Hurtowa ' || g, 'Mokre', 50, 1000 + g FROM generate_series(1, 150) g`));
    await missesAfter(async () => {
      await db.ds.query(`UPDATE premises SET monthly_rent = 1001 WHERE address = 'ul. Hurtowa 7'`);
      await db.ds.query(`UPDATE cache_change_rows SET at = now() - interval '1 hour'`);
      await pruneChangeRows(db.ds);
    });
    await missesAfter(() =>
      db.ds.transaction(async (em) => {
        await em.query(`SELECT set_config('pestor.cache_rows_off', 'on', true)`);
        await em.query(`DELETE FROM premises WHERE address LIKE 'ul. Hurtowa%'`);
      }),
    );
    // After the fallback the count is kept again.
    await db.ds.query(`UPDATE premises SET monthly_rent = 1001 WHERE address = 'ul. Liczona 10'`);
    await bothExact(BAND);
  });

  it("moves a carried answer's count along, so that it outlives the pruning of the rows before it", async () => {
    await db.ds.query(`UPDATE premises SET monthly_rent = 1002 WHERE address = 'ul. Liczona 10'`);
    for (const ds of [nodeC, nodeB]) await search(ds, BAND);
    await db.ds.query(`UPDATE premises SET monthly_rent = 3998 WHERE address = 'ul. Obok 2'`); // far from the band
    await bothExact(BAND, "unchanged");
    // Every kept row so far goes: `rows_from` moves to the far write's version, where the carried count now is.
    await db.ds.query(`UPDATE cache_change_rows SET at = now() - interval '1 hour'`);
    await pruneChangeRows(db.ds);
    await db.ds.query(`UPDATE premises SET monthly_rent = 1003 WHERE address = 'ul. Liczona 10'`);
    await bothExact(BAND);
  });

  it("reads the kept changed rows once when kept bytes meet a moved count: the request that follows finds the answer made for them", async () => {
    const ask = async (ds: DataSource) => {
      const res = await serveGraphQLHttp(ds, {
        method: "POST",
        headers: new Headers({ "content-type": "application/json" }),
        search: "",
        body: () => [Buffer.from(JSON.stringify({ query: SEARCH, variables: { f: BAND, after: null } }))].values(),
      });
      const c = JSON.parse(res.body).data.premisesSearch;
      return { totalCount: c.totalCount, ids: c.edges.map((e: { node: { id: string } }) => e.node.id), hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor };
    };
    const keptRowReads = () => statements.filter((q) => /cache_change_rows/.test(q));
    for (const ds of [nodeC, nodeB]) await ask(ds);
    // Kept: the same request again is given its bytes.
    const keptHits = await resultCacheCount("hit", "response");
    await ask(nodeC);
    expect(await resultCacheCount("hit", "response")).toBe(keptHits + 1);

    for (const [write, result] of [
      [`UPDATE premises SET monthly_rent = 1004 WHERE address = 'ul. Liczona 10'`, "delta"],
      [`UPDATE premises SET monthly_rent = 3997 WHERE address = 'ul. Obok 2'`, "unchanged"], // far from the band: the bytes carried
    ] as const) {
      await db.ds.query(write);
      const before = await count(result);
      statements.length = 0;
      for (const ds of [nodeC, nodeB]) expect(await ask(ds)).toEqual(await fresh(BAND));
      expect(keptRowReads()).toHaveLength(1);
      expect(counts()).toEqual([]);
      expect(pages()).toHaveLength(result === "delta" ? 1 : 0);
      expect(await count(result)).toBe(before + 2);
    }
  });

  it("is exact whenever no write lands during a read, while reads on two nodes race writes of every kind", async () => {
    const band = `area_m2 BETWEEN 10 AND 500 AND monthly_rent BETWEEN 1000 AND 1900 AND status <> 'WITHDRAWN'`;
    // The version, the count and the first page, in one snapshot.
    const state = async () =>
      (
        await db.ds.query(
          `SELECT v.version::text AS version, (SELECT count(*)::int FROM premises WHERE ${band}) AS n,
                  ARRAY(SELECT id::text FROM premises WHERE ${band} ORDER BY monthly_rent, id LIMIT 3) AS ids
             FROM cache_versions v WHERE v.domain = 'premises'`,
        )
      )[0] as { version: string; n: number; ids: string[] };
    const writes = [
      `UPDATE premises SET monthly_rent = CASE WHEN monthly_rent > 1900 THEN 1005 ELSE 2905 END WHERE address = 'ul. Liczona 4'`,
      `INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Wyścigowa', 'Mokre', 40, 1002)`,
      `UPDATE premises SET monthly_rent = monthly_rent + 1 WHERE address = 'ul. Obok 1'`,
      `DELETE FROM premises WHERE address = 'ul. Wyścigowa'`,
      `UPDATE premises SET status = CASE WHEN status = 'WITHDRAWN' THEN 'AVAILABLE'::premises_status ELSE 'WITHDRAWN'::premises_status END WHERE address = 'ul. Liczona 2'`,
    ];
    const stale: string[] = [];
    let done = false;
    let judged = 0;
    const writer = (async () => {
      for (let i = 0; i < 40; i++) {
        await db.ds.query(writes[i % writes.length]);
        // Room for reads between writes: the first after each is the one that counts by the changed rows.
        await new Promise((r) => setTimeout(r, 25));
      }
      done = true;
    })();
    const reader = async (ds: DataSource) => {
      while (!done) {
        const before = await state();
        const r = await search(ds, BAND);
        const after = await state();
        if (before.version !== after.version) continue;
        judged++;
        if (r.totalCount !== before.n || r.ids.join() !== before.ids.join()) stale.push(`${r.totalCount}/${before.n} at ${before.version}`);
      }
    };
    const delta = await count("delta");
    await Promise.all([writer, reader(nodeC), reader(nodeB)]);
    expect(stale).toEqual([]);
    expect(judged).toBeGreaterThan(0);
    expect(await count("delta")).toBeGreaterThan(delta);
    expect(await search(nodeB, BAND)).toEqual(await fresh(BAND));
    expect(await search(nodeC, BAND)).toEqual(await fresh(BAND));
  });
});
