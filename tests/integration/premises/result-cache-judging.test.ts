import { recordingCache } from "../../helpers/caching-nodes";
import { askOverHttp, insertPremises, PREMISES_TABLE, search, searchAfresh } from "./premises-cache.fixtures";

/**
 * After a write, the first read that must judge a kept search by the changed rows judges every
 * search of the domain its node keeps in the same statement (`judgeTogether` in
 * server/result-cache.ts): N kept searches cost one statement over the kept rows, not N. Node C
 * records its statements; every answer is compared with the search computed afresh.
 */

const LOW = { rentMin: 1000, rentMax: 1300 };
const MIDDLE = { rentMin: 1200, rentMax: 1700 };
const HIGH = { rentMin: 1600, rentMax: 2100 };
const WORDS = { text: "Sądowa", rentMin: 1000, rentMax: 2100 };
const DISTRICT = { districts: ["Rubinkowo"] };
const FAR = { rentMin: 8000, rentMax: 9000 };
const FILTERS = [LOW, MIDDLE, HIGH, WORDS, DISTRICT, FAR];

const { nodes, statements, count, counts, keptRowReads } = recordingCache("premises", PREMISES_TABLE);

beforeAll(() =>
  insertPremises(nodes.db.ds, [
    { street: "ul. Sądowa", district: "Mokre", area: 50, rent: 1000, step: 50, n: 20 },
    { street: "ul. Obok", district: "Rubinkowo", area: 60, rent: 1100, step: 100, n: 5 },
  ]),
);

/** The search computed afresh, without the cache. */
const fresh = (f: object) => searchAfresh(nodes.db.ds, f);

describe("a write's kept searches judged together", () => {
  it("judges all of a node's kept searches of the domain in one statement after a write, each answer exact", async () => {
    for (const ds of [nodes.nodeC, nodes.nodeB]) for (const f of FILTERS) expect(await search(ds, f)).toEqual(await fresh(f));
    for (const [write, moved] of [
      [`UPDATE premises SET monthly_rent = 1650 WHERE address = 'ul. Sądowa 1'`, 4], // out of LOW, into MIDDLE and HIGH, in WORDS
      [`UPDATE premises SET monthly_rent = 1250, address = 'ul. Inna 2' WHERE address = 'ul. Sądowa 2'`, 3], // LOW and MIDDLE (their pages), out of WORDS
      [`UPDATE premises SET district = 'Mokre' WHERE address = 'ul. Obok 5'`, 2], // out of DISTRICT, HIGH's page
    ] as const) {
      await nodes.db.ds.query(write);
      const before = { delta: await count("delta"), unchanged: await count("unchanged"), miss: await count("miss") };
      statements.length = 0;
      for (const f of FILTERS) expect(await search(nodes.nodeC, f)).toEqual(await fresh(f));
      expect(keptRowReads()).toHaveLength(1);
      expect(counts()).toEqual([]);
      expect(await count("miss")).toBe(before.miss);
      expect((await count("delta")) - before.delta + (await count("unchanged")) - before.unchanged).toBe(FILTERS.length);
      // A search the write touched moved its count (its page read again); the others were kept as they were.
      expect((await count("delta")) - before.delta).toBeGreaterThanOrEqual(moved);
      for (const f of FILTERS) expect(await search(nodes.nodeB, f)).toEqual(await fresh(f));
    }
  });

  it("judges each search from its own answer's version when they were last asked at different versions", async () => {
    for (const f of [LOW, MIDDLE]) await search(nodes.nodeC, f);
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1220 WHERE address = 'ul. Sądowa 10'`); // into LOW, stays in MIDDLE
    // MIDDLE is asked alone (LOW judged with it, not asked): MIDDLE's answer is now of this version, LOW's still of the one before.
    expect(await search(nodes.nodeC, MIDDLE)).toEqual(await fresh(MIDDLE));
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1210 WHERE address = 'ul. Sądowa 12'`); // into LOW, stays in MIDDLE
    statements.length = 0;
    const delta = await count("delta");
    for (const f of [LOW, MIDDLE]) expect(await search(nodes.nodeC, f)).toEqual(await fresh(f));
    expect(keptRowReads()).toHaveLength(1);
    expect(await count("delta")).toBe(delta + 2);
  });

  it("judges afresh at a later write: a judgement made before it is not taken after it", async () => {
    for (const f of [LOW, MIDDLE]) await search(nodes.nodeC, f);
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1190 WHERE address = 'ul. Sądowa 14'`); // into LOW and MIDDLE
    expect(await search(nodes.nodeC, LOW)).toEqual(await fresh(LOW)); // judges MIDDLE too
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1400 WHERE address = 'ul. Sądowa 3'`); // out of LOW, into MIDDLE
    statements.length = 0;
    const [delta, miss] = [await count("delta"), await count("miss")];
    expect(await search(nodes.nodeC, MIDDLE)).toEqual(await fresh(MIDDLE));
    expect(await search(nodes.nodeC, LOW)).toEqual(await fresh(LOW));
    expect(keptRowReads()).toHaveLength(1);
    expect(await count("delta")).toBe(delta + 2);
    expect(await count("miss")).toBe(miss);
  });

  it("carries kept bytes of many searches over a write with one statement over the kept rows", async () => {
    for (const f of FILTERS) await askOverHttp(nodes.nodeC, f);
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1120 WHERE address = 'ul. Sądowa 17'`); // into LOW, out of HIGH
    statements.length = 0;
    for (const f of FILTERS) expect(await askOverHttp(nodes.nodeC, f)).toEqual(await fresh(f));
    expect(keptRowReads()).toHaveLength(1);
    expect(counts()).toEqual([]);
  });
});
