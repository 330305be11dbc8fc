import { encode } from "next-auth/jwt";
import { DataSource } from "typeorm";
import type { User } from "../../../entities/users";
import { authOptions } from "../../../server/auth/options";
import { serveGraphQLHttp } from "../../../server/http-graphql";
import { cachingNodes, resultCacheCount } from "../../helpers/caching-nodes";
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

async function ask(ds: DataSource, query: string, variables: object = {}, headers: Record<string, string> = {}) {
  const res = await serveGraphQLHttp(ds, {
    method: "POST",
    headers: new Headers({ "content-type": "application/json", ...headers }),
    search: "",
    readBody: async () => JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: res.body, json: JSON.parse(res.body) };
}
const fresh = async () => Number((await db.ds.query(`SELECT count(*) FROM premises WHERE area_m2 BETWEEN 10 AND 500 AND monthly_rent BETWEEN 100 AND 900`))[0].count);

describe("kept answers of anonymous requests", () => {
  it("gives a repeated anonymous search the same bytes without executing it", async () => {
    const first = await ask(db.ds, SEARCH, { f: BAND });
    const n = await kept();
    const second = await ask(db.ds, SEARCH, { f: BAND });
    expect(await kept()).toBe(n + 1);
    expect(second.body).toBe(first.body);
    expect(second.json.data.premisesSearch.totalCount).toBe(await fresh());
  });

  it("shows a write on one node to the next request on the other, and to a write in plain SQL", async () => {
    await ask(nodeB, SEARCH, { f: BAND });
    await ask(nodeB, SEARCH, { f: BAND });
    await db.ds.query(`INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Kept 2', 'Mokre', 60, 600)`);
    expect((await ask(nodeB, SEARCH, { f: BAND })).json.data.premisesSearch.totalCount).toBe(await fresh());
    await nodeB.query(`UPDATE premises SET monthly_rent = 5000 WHERE address = 'ul. Kept 2'`);
    expect((await ask(db.ds, SEARCH, { f: BAND })).json.data.premisesSearch.totalCount).toBe(await fresh());
  });

  it("keeps nothing whose execution read outside the result cache (a field that reads photos)", async () => {
    await ask(db.ds, WITH_PHOTOS, { f: BAND });
    const n = await kept();
    await ask(db.ds, WITH_PHOTOS, { f: BAND });
    await ask(db.ds, `{ trainings(first: 5) { totalCount } }`);
    await ask(db.ds, `{ trainings(first: 5) { totalCount } }`);
    expect(await kept()).toBe(n);
  });

  it("never keeps or gives a kept answer to a signed-in person", async () => {
    await ask(db.ds, SEARCH, { f: BAND }, { cookie });
    const n = await kept();
    const signedIn = await ask(db.ds, SEARCH, { f: BAND }, { cookie });
    expect(signedIn.json.data.premisesSearch.totalCount).toBe(await fresh());
    expect(await kept()).toBe(n);
  });

  it("still refuses a cross-site (text/plain) request whose body matches a kept answer", async () => {
    await ask(db.ds, SEARCH, { f: BAND });
    const csrf = await ask(db.ds, SEARCH, { f: BAND }, { "content-type": "text/plain" });
    expect(csrf.status).toBe(400);
    expect(csrf.json.data).toBeUndefined();
  });

  it("takes an expired notice off a kept answer once its expiry passes, though nothing was written", async () => {
    const [{ id }] = await db.ds.query(`INSERT INTO equipment_notices (kind, title, owner_user_id, expires_at) VALUES ('LEND', 'Namiot', $1, now() + interval '1.5 seconds') RETURNING id`, [
      owner.id,
    ]);
    const ids = (r: { json: { data: { equipmentNotices: { edges: { node: { id: string } }[] } } } }) => r.json.data.equipmentNotices.edges.map((e) => e.node.id);
    expect(ids(await ask(nodeB, NOTICES))).toContain(id);
    const n = await kept();
    expect(ids(await ask(nodeB, NOTICES))).toContain(id);
    expect(await kept()).toBe(n + 1);
    await db.ds.query(`SELECT pg_sleep(1.6)`);
    expect(ids(await ask(nodeB, NOTICES))).not.toContain(id);
  });
});
