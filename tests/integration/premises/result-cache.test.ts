import { DataSource } from "typeorm";
import { Premises } from "../../../entities/premises";
import { Role, type User } from "../../../entities/users";
import { reloadConfig } from "../../../server/config";
import { stableKey } from "../../../server/result-cache";
import { cachingNodes, resultCacheCount } from "../../helpers/caching-nodes";
import type { TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

/**
 * The result cache of public premises searches (server/result-cache.ts): two DataSources
 * on one database are two app nodes, each with its own cache. Whatever writes — the API on
 * one node, plain SQL — a read that starts after the write has committed sees it on both.
 */

const SEARCH = `query($f: PremisesFilter) { premisesSearch(filter: $f, first: 5) { totalCount edges { node { id monthlyRent } } } }`;
const FACETS = `query($f: PremisesFilter) { premisesFacets(filter: $f) { districts { district count } } }`;
const UPDATE = `mutation($id: ID!, $input: PremisesInput!) { updatePremises(id: $id, input: $input) { id monthlyRent } }`;
const BAND = { areaMin: 10, areaMax: 500, rentMin: 100, rentMax: 900 };

let db: TestDb;
let nodeB: DataSource;
let official: User;
const nodes = cachingNodes({ role: Role.OFFICIAL });

beforeAll(() => {
  ({ db, nodeB, user: official } = nodes);
});

const hits = () => resultCacheCount("hit");

async function premises(rent: number, district = "Mokre"): Promise<Premises> {
  const repo = db.ds.getRepository(Premises);
  return repo.save(repo.create({ address: `ul. Podgórna ${rent}`, district, areaM2: 50, monthlyRent: rent, ownerId: official.id }));
}
const search = async (ds: DataSource, f: object = BAND) => ok(await gql(ds, SEARCH, { f })).premisesSearch as { totalCount: number; edges: { node: { id: string; monthlyRent: number } }[] };
const fresh = async () =>
  Number((await db.ds.query(`SELECT count(*) FROM premises WHERE area_m2 BETWEEN 10 AND 500 AND monthly_rent BETWEEN 100 AND 900`))[0].count);

describe("the premises result cache", () => {
  it("answers a repeated search from memory, and keys arguments in any order as one", async () => {
    await premises(500);
    const h = await hits();
    const a = await search(db.ds);
    const b = await search(db.ds, { rentMax: 900, rentMin: 100, areaMax: 500, areaMin: 10 });
    expect(b).toEqual(a);
    expect(await hits()).toBe(h + 1);
    expect(stableKey({ b: 1, a: { d: 2, c: [3, { f: 1, e: 2 }] } })).toBe(stableKey({ a: { c: [3, { e: 2, f: 1 }], d: 2 }, b: 1 }));
  });

  it("shows a write through the API on node A to the next read on node B, and to the facets", async () => {
    const p = await premises(600);
    await search(nodeB);
    await gql(nodeB, FACETS, { f: BAND });
    ok(await gql(db.ds, UPDATE, { id: p.id, input: { address: p.address, district: "Rubinkowo", areaM2: 50, monthlyRent: 950 } }, official.id));
    const after = await search(nodeB);
    expect(after.totalCount).toBe(await fresh());
    expect(after.edges.map((e) => e.node.id)).not.toContain(p.id);
    const facets = ok(await gql(nodeB, FACETS, { f: { ...BAND, rentMax: 2000 } })).premisesFacets.districts as { district: string; count: number }[];
    expect(facets.find((d) => d.district === "Rubinkowo")?.count).toBeGreaterThanOrEqual(1);
  });

  it("shows a write in plain SQL (an import, a job, psql) to the next read on both nodes", async () => {
    await search(db.ds);
    await search(nodeB);
    await db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Surowa 1', 'Mokre', 40, 150)`);
    expect((await search(db.ds)).totalCount).toBe(await fresh());
    expect((await search(nodeB)).totalCount).toBe(await fresh());
    await db.ds.query(`DELETE FROM premises WHERE address = 'ul. Surowa 1'`);
    expect((await search(nodeB)).totalCount).toBe(await fresh());
  });

  it("never answers stale while reads race writes: every read counts at least the rows committed before it started", async () => {
    const start = await fresh();
    let committed = 0;
    const writer = (async () => {
      for (let i = 0; i < 25; i++) {
        await db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ($1, 'Mokre', 40, 300)`, [`ul. Wyścigowa ${i}`]);
        committed++;
      }
    })();
    const stale: string[] = [];
    const reader = async (ds: DataSource, name: string) => {
      while (committed < 25) {
        const seen = committed;
        const r = await search(ds);
        if (r.totalCount < start + seen) stale.push(`${name}: ${r.totalCount} < ${start + seen}`);
      }
    };
    await Promise.all([writer, reader(db.ds, "A"), reader(nodeB, "B"), reader(nodeB, "B2")]);
    expect(stale).toEqual([]);
    expect((await search(nodeB)).totalCount).toBe(start + 25);
  });

  it("bumps the version once per transaction, at its commit, and not at all when it rolls back", async () => {
    const version = async () => Number((await db.ds.query(`SELECT version FROM cache_versions WHERE domain = 'premises'`))[0].version);
    const v0 = await version();
    await db.ds.transaction(async (em) => {
      await em.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) SELECT 'ul. Hurtowa ' || g, 'Mokre', 40, 300 FROM generate_series(1, 50) g`);
      await em.query(`UPDATE premises SET monthly_rent = 310 WHERE address LIKE 'ul. Hurtowa %'`);
    });
    expect(await version()).toBe(v0 + 1);
    await db.ds
      .transaction(async (em) => {
        await em.query(`DELETE FROM premises WHERE address LIKE 'ul. Hurtowa %'`);
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(await version()).toBe(v0 + 1);
  });

  it("reads the database every time with RESULT_CACHE=off", async () => {
    process.env.RESULT_CACHE = "off";
    reloadConfig();
    try {
      const h = await hits();
      await search(db.ds);
      await search(db.ds);
      expect(await hits()).toBe(h);
    } finally {
      process.env.RESULT_CACHE = "on";
      reloadConfig();
    }
  });
});
