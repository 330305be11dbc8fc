import { encode } from "next-auth/jwt";
import { DataSource } from "typeorm";
import type { User } from "../../../entities/users";
import { authOptions } from "../../../server/auth/options";
import { cachingNodes, postGraphQL, resultCacheCount } from "../../helpers/caching-nodes";
import type { TestDb } from "../../helpers/db";

/**
 * Kept whole answers of anonymous requests (server/response-cache.ts): an answer is kept
 * only when its execution read nothing but cached answers, and given again only while
 * every domain it read is at the same version and the clock before every bound. Two
 * DataSources on one database are two app nodes.
 */

const SEARCH = `query($f: PremisesFilter) { premisesSearch(filter: $f, first: 50) { totalCount edges { node { id monthlyRent } } } }`;
const WITH_PHOTOS = `query($f: PremisesFilter) { premisesSearch(filter: $f, first: 5) { totalCount edges { node { id photos { id } } } } }`;
const NOTICES = `query { equipmentNotices(filter: { kind: LEND }, first: 50) { totalCount edges { node { id } } } }`;
const BAND = { areaMin: 10, areaMax: 500, rentMin: 100, rentMax: 900 };

let db: TestDb;
let nodeB: DataSource;
let owner: User;
let cookie: string;
const nodes = cachingNodes({ name: "Urzędniczka" });

beforeAll(async () => {
  ({ db, nodeB, user: owner } = nodes);
  cookie = `next-auth.session-token=${await encode({ token: { sub: owner.id, sv: owner.sessionVersion }, secret: authOptions().secret! })}`;
  await db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Kept 1', 'Mokre', 50, 500)`);
});

const kept = () => resultCacheCount("hit", "response");
const fresh = async () => Number((await db.ds.query(`SELECT count(*) FROM premises WHERE area_m2 BETWEEN 10 AND 500 AND monthly_rent BETWEEN 100 AND 900`))[0].count);

describe("kept answers of anonymous requests", () => {
  it("gives a repeated anonymous search the same bytes without executing it", async () => {
    const first = await postGraphQL(db.ds, SEARCH, { f: BAND });
    const n = await kept();
    const second = await postGraphQL(db.ds, SEARCH, { f: BAND });
    expect(await kept()).toBe(n + 1);
    expect(second.body).toBe(first.body);
    expect(second.json.data.premisesSearch.totalCount).toBe(await fresh());
  });

  it("shows a write on one node to the next request on the other, and to a write in plain SQL", async () => {
    await postGraphQL(nodeB, SEARCH, { f: BAND });
    await postGraphQL(nodeB, SEARCH, { f: BAND });
    await db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Kept 2', 'Mokre', 60, 600)`);
    expect((await postGraphQL(nodeB, SEARCH, { f: BAND })).json.data.premisesSearch.totalCount).toBe(await fresh());
    await nodeB.query(`UPDATE premises SET monthly_rent = 5000 WHERE address = 'ul. Kept 2'`);
    expect((await postGraphQL(db.ds, SEARCH, { f: BAND })).json.data.premisesSearch.totalCount).toBe(await fresh());
  });

  it("carries kept bytes over a write that changes no row of their search, and not over one that does", async () => {
    const carried = () => resultCacheCount("carried", "response");
    const first = await postGraphQL(nodeB, SEARCH, { f: BAND });
    await postGraphQL(nodeB, SEARCH, { f: BAND });
    const c = await carried();
    // Far outside the band, before and after.
    await db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Daleka 1', 'Mokre', 50, 7000)`);
    const again = await postGraphQL(nodeB, SEARCH, { f: BAND });
    expect(await carried()).toBe(c + 1);
    expect(again.body).toBe(first.body);
    expect(again.json.data.premisesSearch.totalCount).toBe(await fresh());
    // Into the band: the bytes no longer hold.
    await db.ds.query(`UPDATE premises SET monthly_rent = 700 WHERE address = 'ul. Daleka 1'`);
    const moved = await postGraphQL(nodeB, SEARCH, { f: BAND });
    expect(await carried()).toBe(c + 1);
    expect(moved.json.data.premisesSearch.totalCount).toBe(await fresh());
    expect(moved.body).not.toBe(first.body);
  });

  it("never gives stale bytes while reads race writes moving a row in and out of the band and others far from it", async () => {
    const [{ id }] = await db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Wahadło 1', 'Mokre', 50, 300) RETURNING id`);
    const state = async () =>
      (await db.ds.query(`SELECT v.version, p.monthly_rent::float8 AS rent FROM cache_versions v, premises p WHERE v.domain = 'premises' AND p.id = $1`, [id]))[0] as { version: string; rent: number };
    let done = false;
    const stale: string[] = [];
    const writer = (async () => {
      for (let i = 0; i < 30; i++) {
        if (i % 3) await db.ds.query(`UPDATE premises SET monthly_rent = $1 WHERE address = 'ul. Daleka 1'`, [8000 + i]);
        else await db.ds.query(`UPDATE premises SET monthly_rent = $1 WHERE id = $2`, [i % 2 ? 300 : 6000, id]);
      }
      done = true;
    })();
    const reader = async (ds: DataSource) => {
      while (!done) {
        const before = await state();
        const r = await postGraphQL(ds, SEARCH, { f: BAND });
        const after = await state();
        if (before.version !== after.version) continue;
        const listed = r.json.data.premisesSearch.edges.some((e: { node: { id: string } }) => e.node.id === id);
        if (listed !== before.rent <= 900) stale.push(`${listed ? "listed" : "missing"} at ${before.rent}`);
      }
    };
    await Promise.all([writer, reader(db.ds), reader(nodeB)]);
    expect(stale).toEqual([]);
  });

  it("keeps nothing whose execution read outside the result cache (a field that reads photos)", async () => {
    await postGraphQL(db.ds, WITH_PHOTOS, { f: BAND });
    const n = await kept();
    await postGraphQL(db.ds, WITH_PHOTOS, { f: BAND });
    await postGraphQL(db.ds, `{ trainings(first: 5) { totalCount } }`);
    await postGraphQL(db.ds, `{ trainings(first: 5) { totalCount } }`);
    expect(await kept()).toBe(n);
  });

  it("never keeps or gives a kept answer to a signed-in person", async () => {
    await postGraphQL(db.ds, SEARCH, { f: BAND }, { cookie });
    const n = await kept();
    const signedIn = await postGraphQL(db.ds, SEARCH, { f: BAND }, { cookie });
    expect(signedIn.json.data.premisesSearch.totalCount).toBe(await fresh());
    expect(await kept()).toBe(n);
  });

  it("still refuses a cross-site (text/plain) request whose body matches a kept answer", async () => {
    await postGraphQL(db.ds, SEARCH, { f: BAND });
    const csrf = await postGraphQL(db.ds, SEARCH, { f: BAND }, { "content-type": "text/plain" });
    expect(csrf.status).toBe(400);
    expect(csrf.json.data).toBeUndefined();
  });

  it("takes an expired notice off a kept answer once its expiry passes, though nothing was written", async () => {
    const [{ id }] = await db.ds.query(`INSERT INTO equipment_notices (kind, title, owner_user_id, expires_at) VALUES ('LEND', 'Namiot', $1, now() + interval '1.5 seconds') RETURNING id`, [
      owner.id,
    ]);
    const ids = (r: { json: { data: { equipmentNotices: { edges: { node: { id: string } }[] } } } }) => r.json.data.equipmentNotices.edges.map((e) => e.node.id);
    expect(ids(await postGraphQL(nodeB, NOTICES))).toContain(id);
    const n = await kept();
    expect(ids(await postGraphQL(nodeB, NOTICES))).toContain(id);
    expect(await kept()).toBe(n + 1);
    await db.ds.query(`SELECT pg_sleep(1.6)`);
    expect(ids(await postGraphQL(nodeB, NOTICES))).not.toContain(id);
  });
});
