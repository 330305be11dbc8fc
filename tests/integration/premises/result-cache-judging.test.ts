import type { DataSource } from "typeorm";
import { serveGraphQLHttp } from "../../../server/http-graphql";
import { searchPremises } from "../../../server/modules/premises/premises.service";
import { cachingNodes, resultCacheCount } from "../../helpers/caching-nodes";
import type { TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

/**
 * After a write, the first read that must judge a kept search by the changed rows judges every
 * search of the domain its node keeps in the same statement (`judgeTogether` in
 * server/result-cache.ts): N kept searches cost one statement over the kept rows, not N. Node C
 * records its statements; every answer is compared with the search computed afresh.
 */

const SEARCH = `query($f: PremisesFilter) { premisesSearch(filter: $f, first: 3) {
  totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`;
const LOW = { rentMin: 1000, rentMax: 1300 };
const MIDDLE = { rentMin: 1200, rentMax: 1700 };
const HIGH = { rentMin: 1600, rentMax: 2100 };
const WORDS = { text: "Sądowa", rentMin: 1000, rentMax: 2100 };
const DISTRICT = { districts: ["Rubinkowo"] };
const FAR = { rentMin: 8000, rentMax: 9000 };
const FILTERS = [LOW, MIDDLE, HIGH, WORDS, DISTRICT, FAR];

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
     SELECT 'ul. Sądowa ' || g, 'Mokre', 50, 1000 + g * 50 FROM generate_series(1, 20) g
     UNION ALL SELECT 'ul. Obok ' || g, 'Rubinkowo', 60, 1100 + g * 100 FROM generate_series(1, 5) g`,
  );
});

type Answer = { totalCount: number; ids: string[]; hasNextPage: boolean };
async function search(ds: DataSource, f: object): Promise<Answer> {
  const c = ok(await gql(ds, SEARCH, { f })).premisesSearch;
  return { totalCount: c.totalCount, ids: c.edges.map((e: { node: { id: string } }) => e.node.id), hasNextPage: c.pageInfo.hasNextPage };
}
/** The same search through /api/graphql as an anonymous request: kept bytes when they hold. */
async function ask(ds: DataSource, f: object): Promise<Answer> {
  const res = await serveGraphQLHttp(ds, {
    method: "POST",
    headers: new Headers({ "content-type": "application/json" }),
    search: "",
    body: () => [Buffer.from(JSON.stringify({ query: SEARCH, variables: { f } }))].values(),
  });
  const c = JSON.parse(res.body).data.premisesSearch;
  return { totalCount: c.totalCount, ids: c.edges.map((e: { node: { id: string } }) => e.node.id), hasNextPage: c.pageInfo.hasNextPage };
}
/** The same search computed afresh, without the cache. */
async function fresh(f: object): Promise<Answer> {
  const c = await searchPremises(db.ds, { filter: f, first: 3 });
  return { totalCount: c.totalCount, ids: c.edges.map((e) => e.node.id), hasNextPage: c.pageInfo.hasNextPage };
}
const count = (result: "miss" | "unchanged" | "delta") => resultCacheCount(result, "premises");
/** Statements recorded on node C that read the kept changed rows. */
const keptRowReads = () => statements.filter((q) => /cache_change_rows/.test(q));
/** Statements recorded on node C that count the premises table itself. */
const counts = () => statements.filter((q) => /count\(\*\)/.test(q) && /FROM premises p\b/.test(q));

describe("a write's kept searches judged together", () => {
  it("judges all of a node's kept searches of the domain in one statement after a write, each answer exact", async () => {
    for (const ds of [nodeC, nodeB]) for (const f of FILTERS) expect(await search(ds, f)).toEqual(await fresh(f));
    for (const [write, moved] of [
      [`UPDATE premises SET monthly_rent = 1650 WHERE address = 'ul. Sądowa 1'`, 4], // out of LOW, into MIDDLE and HIGH, in WORDS
      [`UPDATE premises SET monthly_rent = 1250, address = 'ul. Inna 2' WHERE address = 'ul. Sądowa 2'`, 3], // LOW and MIDDLE (their pages), out of WORDS
      [`UPDATE premises SET district = 'Mokre' WHERE address = 'ul. Obok 5'`, 2], // out of DISTRICT, HIGH's page
    ] as const) {
      await db.ds.query(write);
      const before = { delta: await count("delta"), unchanged: await count("unchanged"), miss: await count("miss") };
      statements.length = 0;
      for (const f of FILTERS) expect(await search(nodeC, f)).toEqual(await fresh(f));
      expect(keptRowReads()).toHaveLength(1);
      expect(counts()).toEqual([]);
      expect(await count("miss")).toBe(before.miss);
      expect((await count("delta")) - before.delta + (await count("unchanged")) - before.unchanged).toBe(FILTERS.length);
      // A search the write touched moved its count (its page read again); the others were kept as they were.
      expect((await count("delta")) - before.delta).toBeGreaterThanOrEqual(moved);
      for (const f of FILTERS) expect(await search(nodeB, f)).toEqual(await fresh(f));
    }
  });

  it("judges each search from its own answer's version when they were last asked at different versions", async () => {
    for (const f of [LOW, MIDDLE]) await search(nodeC, f);
    await db.ds.query(`UPDATE premises SET monthly_rent = 1220 WHERE address = 'ul. Sądowa 10'`); // into LOW, stays in MIDDLE
    // MIDDLE is asked alone (LOW judged with it, not asked): MIDDLE's answer is now of this version, LOW's still of the one before.
    expect(await search(nodeC, MIDDLE)).toEqual(await fresh(MIDDLE));
    await db.ds.query(`UPDATE premises SET monthly_rent = 1210 WHERE address = 'ul. Sądowa 12'`); // into LOW, stays in MIDDLE
    statements.length = 0;
    const delta = await count("delta");
    for (const f of [LOW, MIDDLE]) expect(await search(nodeC, f)).toEqual(await fresh(f));
    expect(keptRowReads()).toHaveLength(1);
    expect(await count("delta")).toBe(delta + 2);
  });

  it("judges afresh at a later write: a judgement made before it is not taken after it", async () => {
    for (const f of [LOW, MIDDLE]) await search(nodeC, f);
    await db.ds.query(`UPDATE premises SET monthly_rent = 1190 WHERE address = 'ul. Sądowa 14'`); // into LOW and MIDDLE
    expect(await search(nodeC, LOW)).toEqual(await fresh(LOW)); // judges MIDDLE too
    await db.ds.query(`UPDATE premises SET monthly_rent = 1400 WHERE address = 'ul. Sądowa 3'`); // out of LOW, into MIDDLE
    statements.length = 0;
    const [delta, miss] = [await count("delta"), await count("miss")];
    expect(await search(nodeC, MIDDLE)).toEqual(await fresh(MIDDLE));
    expect(await search(nodeC, LOW)).toEqual(await fresh(LOW));
    expect(keptRowReads()).toHaveLength(1);
    expect(await count("delta")).toBe(delta + 2);
    expect(await count("miss")).toBe(miss);
  });

  it("carries kept bytes of many searches over a write with one statement over the kept rows", async () => {
    for (const f of FILTERS) await ask(nodeC, f);
    await db.ds.query(`UPDATE premises SET monthly_rent = 1120 WHERE address = 'ul. Sądowa 17'`); // into LOW, out of HIGH
    statements.length = 0;
    for (const f of FILTERS) expect(await ask(nodeC, f)).toEqual(await fresh(f));
    expect(keptRowReads()).toHaveLength(1);
    expect(counts()).toEqual([]);
  });
});
