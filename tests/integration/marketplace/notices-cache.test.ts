import { DataSource } from "typeorm";
import type { User } from "../../../entities/users";
import { cachingNodes, resultCacheCount } from "../../helpers/caching-nodes";
import type { TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

/**
 * Listed equipment notices from the result cache (server/result-cache.ts, domain "notices"):
 * two DataSources on one database are two app nodes. A write shows on both at once; an
 * expiry, which writes nothing, shows from the moment it passes.
 */

const LIST = `query($f: EquipmentNoticeFilter) { equipmentNotices(filter: $f, first: 50) { totalCount edges { node { id title } } } }`;
const CREATE = `mutation($input: EquipmentNoticeInput!) { createEquipmentNotice(input: $input) { id } }`;

let db: TestDb;
let nodeB: DataSource;
let owner: User;
const nodes = cachingNodes({ name: "Właściciel" });

beforeAll(() => {
  ({ db, nodeB, user: owner } = nodes);
});

const counted = (result: "hit" | "miss" | "unchanged") => resultCacheCount(result, "notices");
type Listing = { totalCount: number; edges: { node: { id: string; title: string } }[] };
const list = async (ds: DataSource, f: object = { kind: "LEND" }, as?: string) => ok(await gql(ds, LIST, { f }, as)).equipmentNotices as Listing;
/** What the database says now: listed LEND notices. */
const fresh = async () =>
  Number(
    (await db.ds.query(`SELECT count(*) FROM equipment_notices WHERE kind = 'LEND' AND status IN ('AVAILABLE', 'RESERVED') AND (expires_at IS NULL OR expires_at > now())`))[0]
      .count,
  );
const notice = async (title: string, expiresIn?: string) =>
  (
    await db.ds.query(`INSERT INTO equipment_notices (kind, title, owner_user_id, expires_at) VALUES ('LEND', $1, $2, now() + $3::interval) RETURNING id`, [
      title,
      owner.id,
      expiresIn ?? null,
    ])
  )[0].id as string;

describe("the listed notices' result cache", () => {
  it("answers a repeated listing from memory", async () => {
    await notice("Namiot");
    await list(db.ds);
    const hits = await counted("hit");
    const again = await list(db.ds);
    expect(await counted("hit")).toBe(hits + 1);
    expect(again.totalCount).toBe(await fresh());
  });

  it("shows a notice created through the API on node A to the next read on node B, and one written in SQL to both", async () => {
    await list(nodeB);
    const id = ok(await gql(db.ds, CREATE, { input: { kind: "LEND", title: "Rzutnik" } }, owner.id)).createEquipmentNotice.id as string;
    const b = await list(nodeB);
    expect(b.edges.map((e) => e.node.id)).toContain(id);
    expect(b.totalCount).toBe(await fresh());
    await db.ds.query(`UPDATE equipment_notices SET status = 'CLOSED' WHERE id = $1`, [id]);
    expect((await list(db.ds)).edges.map((e) => e.node.id)).not.toContain(id);
    expect((await list(nodeB)).totalCount).toBe(await fresh());
  });

  it("takes a notice off the list once it expires, though nothing was written", async () => {
    const id = await notice("Stół na godzinę", "1.5 seconds");
    const version = async () => (await db.ds.query(`SELECT version FROM cache_versions WHERE domain = 'notices'`))[0].version as string;
    const listed = await list(nodeB);
    expect(listed.edges.map((e) => e.node.id)).toContain(id);
    const v = await version();
    const hits = await counted("hit");
    expect((await list(nodeB)).edges.map((e) => e.node.id)).toContain(id); // still before its expiry: from memory
    expect(await counted("hit")).toBe(hits + 1);
    await db.ds.query(`SELECT pg_sleep(1.6)`);
    const after = await list(nodeB);
    expect(await version()).toBe(v);
    expect(after.edges.map((e) => e.node.id)).not.toContain(id);
    expect(after.totalCount).toBe(await fresh());
  });

  it("carries a word search over a change to a notice it does not select, and computes it again after one it does", async () => {
    const lamp = await notice("Lampa studyjna");
    const other = await notice("Krzesło składane");
    const words = async (ds: DataSource) => list(ds, { kind: "LEND", text: "lampa" });
    const freshWords = async () =>
      Number((await db.ds.query(`SELECT count(*) FROM equipment_notices WHERE kind = 'LEND' AND title ILIKE '%lampa%' AND status IN ('AVAILABLE', 'RESERVED')`))[0].count);
    await words(nodeB);
    const unchanged = await counted("unchanged");
    await db.ds.query(`UPDATE equipment_notices SET title = 'Krzesło drewniane' WHERE id = $1`, [other]);
    expect((await words(nodeB)).totalCount).toBe(await freshWords());
    expect(await counted("unchanged")).toBe(unchanged + 1);
    // The lamp loses its word (its row before the change matches), then another gains it (after).
    await db.ds.query(`UPDATE equipment_notices SET title = 'Reflektor' WHERE id = $1`, [lamp]);
    expect((await words(nodeB)).edges.map((e) => e.node.id)).not.toContain(lamp);
    await db.ds.query(`UPDATE equipment_notices SET title = 'Lampa biurkowa' WHERE id = $1`, [other]);
    const after = await words(nodeB);
    expect(after.edges.map((e) => e.node.id)).toContain(other);
    expect(after.totalCount).toBe(await freshWords());
    expect(await counted("unchanged")).toBe(unchanged + 1);
  });

  it("never serves one person's own notices (mine) from the shared cache", async () => {
    const hits = await counted("hit");
    const misses = await counted("miss");
    await list(db.ds, { mine: true }, owner.id);
    await list(db.ds, { mine: true }, owner.id);
    expect(await counted("hit")).toBe(hits);
    expect(await counted("miss")).toBe(misses);
  });
});
