import type { DataSource } from "typeorm";
import { pruneChangeRows } from "../../../server/result-cache";
import { recordingCache, resultCacheCount } from "../../helpers/caching-nodes";
import { askOverHttp, insertPremises, PREMISES_TABLE, search, searchAfresh } from "./premises-cache.fixtures";

/**
 * A cached search keeps its exact count over writes: when kept changed rows are ones its
 * filter selects, the new count is the old one moved by each such row's sign (+1 after a
 * change, −1 before), and only the page is read again (`rowCounting`, migration
 * CacheChangeRowSigns). Two nodes — one records its statements, so a test fails if the
 * count was run — and writes in plain SQL; every answer is compared with the search
 * computed afresh without the cache.
 */

const BAND = { areaMin: 10, areaMax: 500, rentMin: 1000, rentMax: 1900 };

const { nodes, statements, count, counts, pages, keptRowReads, bothExact: exact } = recordingCache("premises", PREMISES_TABLE);

beforeAll(() =>
  insertPremises(nodes.db.ds, [
    { street: "ul. Liczona", district: "Mokre", area: 50, rent: 1000, step: 50, n: 10 },
    { street: "ul. Obok", district: "Bydgoskie", area: 60, rent: 3000, step: 100, n: 5 },
  ]),
);

/** The search computed afresh, without the cache. */
const fresh = (f: object, after: string | null = null) => searchAfresh(nodes.db.ds, f, after);
/** After a write, the search of `f` on both nodes: each answer exact, by its changed rows (no count run), or as `expected` says. */
const bothExact = (f: object, expected?: "delta" | "unchanged") => exact((ds) => search(ds, f), () => fresh(f), expected);

describe("exact counts kept over writes", () => {
  it("counts on a first read, and then moves the count by a row moved in or out, inserted or deleted, on two nodes", async () => {
    statements.length = 0;
    for (const ds of [nodes.nodeC, nodes.nodeB]) expect(await search(ds, BAND)).toEqual(await fresh(BAND));
    // The recording sees a count when one runs.
    expect(counts()).toHaveLength(1);

    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1010 WHERE address = 'ul. Obok 1'`); // in, first on the page
    await bothExact(BAND);
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 2500 WHERE address = 'ul. Liczona 1'`); // out
    await bothExact(BAND);
    await nodes.db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Nowa 1', 'Mokre', 40, 1001)`);
    await bothExact(BAND);
    await nodes.db.ds.query(`DELETE FROM premises WHERE address = 'ul. Liczona 5'`);
    await bothExact(BAND);
    // A withdrawn row leaves the search (the filter's default status) though its rent is in the band.
    await nodes.db.ds.query(`UPDATE premises SET status = 'WITHDRAWN' WHERE address = 'ul. Liczona 6'`);
    await bothExact(BAND);
    // A change far from the band keeps the answer as it was.
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 3999 WHERE address = 'ul. Obok 2'`);
    await bothExact(BAND, "unchanged");
  });

  it("follows several transactions between two reads, a row changed twice in one, and one inserted and deleted in one", async () => {
    await search(nodes.nodeC, BAND);
    await search(nodes.nodeB, BAND);
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1020 WHERE address = 'ul. Obok 3'`);
    await nodes.db.ds.query(`DELETE FROM premises WHERE address = 'ul. Liczona 7'`);
    await nodes.db.ds.transaction(async (em) => {
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
    const before = await search(nodes.nodeC, BAND);
    await search(nodes.nodeB, BAND);
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1000 WHERE id = $1`, [before.ids[2]]);
    await bothExact(BAND);
    expect((await search(nodes.nodeC, BAND)).ids[0]).toBe(before.ids[2]);
  });

  it("counts a later page, and a filter of words and lists, by the changed rows", async () => {
    const first = await search(nodes.nodeC, BAND);
    const second = () => search(nodes.nodeC, BAND, first.endCursor);
    expect(await second()).toEqual(await fresh(BAND, first.endCursor));
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1850 WHERE address = 'ul. Obok 4'`);
    const delta = await count("delta");
    expect(await second()).toEqual(await fresh(BAND, first.endCursor));
    expect(await count("delta")).toBe(delta + 1);

    const words = { ...BAND, text: "Liczona", districts: ["Mokre"], utilities: ["WATER"] };
    await nodes.db.ds.query(`UPDATE premises SET utilities = '{WATER,ELECTRICITY}' WHERE address LIKE 'ul. Liczona%' OR address = 'ul. Obok 5'`);
    for (const ds of [nodes.nodeC, nodes.nodeB]) expect(await search(ds, words)).toEqual(await fresh(words));
    await nodes.db.ds.query(`UPDATE premises SET address = 'ul. Liczona 55', district = 'Mokre', monthly_rent = 1200 WHERE address = 'ul. Obok 5'`); // in by its words and district
    await bothExact(words);
    await nodes.db.ds.query(`UPDATE premises SET utilities = '{ELECTRICITY}' WHERE address = 'ul. Liczona 2'`); // out by its utilities
    await bothExact(words);
    await nodes.db.ds.query(`UPDATE premises SET district = 'Bydgoskie' WHERE address = 'ul. Liczona 3'`); // out by its district
    await bothExact(words);
  });

  it("computes afresh after a bulk write, pruned rows, or a transaction that keeps no rows", async () => {
    const missesAfter = async (write: () => Promise<unknown>) => {
      for (const ds of [nodes.nodeC, nodes.nodeB]) await search(ds, BAND);
      await write();
      const missed = await count("miss");
      statements.length = 0;
      for (const ds of [nodes.nodeC, nodes.nodeB]) expect(await search(ds, BAND)).toEqual(await fresh(BAND));
      expect(await count("miss")).toBe(missed + 2);
      expect(counts()).toHaveLength(1);
    };
    // 150 rows in one transaction: more than the trigger keeps.
    await missesAfter(() => nodes.db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) SELECT 'ul. Hurtowa ' || g, 'Mokre', 50, 1000 + g FROM generate_series(1, 150) g`));
    await missesAfter(async () => {
      await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1001 WHERE address = 'ul. Hurtowa 7'`);
      await nodes.db.ds.query(`UPDATE cache_change_rows SET at = now() - interval '1 hour'`);
      await pruneChangeRows(nodes.db.ds);
    });
    await missesAfter(() =>
      nodes.db.ds.transaction(async (em) => {
        await em.query(`SELECT set_config('pestor.cache_rows_off', 'on', true)`);
        await em.query(`DELETE FROM premises WHERE address LIKE 'ul. Hurtowa%'`);
      }),
    );
    // After the fallback the count is kept again.
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1001 WHERE address = 'ul. Liczona 10'`);
    await bothExact(BAND);
  });

  it("moves a carried answer's count along, so that it outlives the pruning of the rows before it", async () => {
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1002 WHERE address = 'ul. Liczona 10'`);
    for (const ds of [nodes.nodeC, nodes.nodeB]) await search(ds, BAND);
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 3998 WHERE address = 'ul. Obok 2'`); // far from the band
    await bothExact(BAND, "unchanged");
    // Every kept row so far goes: `rows_from` moves to the far write's version, where the carried count now is.
    await nodes.db.ds.query(`UPDATE cache_change_rows SET at = now() - interval '1 hour'`);
    await pruneChangeRows(nodes.db.ds);
    await nodes.db.ds.query(`UPDATE premises SET monthly_rent = 1003 WHERE address = 'ul. Liczona 10'`);
    await bothExact(BAND);
  });

  it("reads the kept changed rows once when kept bytes meet a moved count: the request that follows finds the answer made for them", async () => {
    const ask = (ds: DataSource) => askOverHttp(ds, BAND);
    for (const ds of [nodes.nodeC, nodes.nodeB]) await ask(ds);
    // Kept: the same request again is given its bytes.
    const keptHits = await resultCacheCount("hit", "response");
    await ask(nodes.nodeC);
    expect(await resultCacheCount("hit", "response")).toBe(keptHits + 1);

    for (const [write, result] of [
      [`UPDATE premises SET monthly_rent = 1004 WHERE address = 'ul. Liczona 10'`, "delta"],
      [`UPDATE premises SET monthly_rent = 3997 WHERE address = 'ul. Obok 2'`, "unchanged"], // far from the band: the bytes carried
    ] as const) {
      await nodes.db.ds.query(write);
      const before = await count(result);
      statements.length = 0;
      for (const ds of [nodes.nodeC, nodes.nodeB]) expect(await ask(ds)).toEqual(await fresh(BAND));
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
        await nodes.db.ds.query(
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
        await nodes.db.ds.query(writes[i % writes.length]);
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
    await Promise.all([writer, reader(nodes.nodeC), reader(nodes.nodeB)]);
    expect(stale).toEqual([]);
    expect(judged).toBeGreaterThan(0);
    expect(await count("delta")).toBeGreaterThan(delta);
    expect(await search(nodes.nodeB, BAND)).toEqual(await fresh(BAND));
    expect(await search(nodes.nodeC, BAND)).toEqual(await fresh(BAND));
  });
});
