import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";
import { createPesMember } from "../../factories";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const CREATE = `mutation($i: EquipmentNoticeInput!) { createEquipmentNotice(input: $i) { id } }`;
const FIND = `query($t: String) { equipmentNotices(filter: { text: $t }) { totalCount edges { node { id } } } }`;

describe("marketplace text search", () => {
  it("matches every word in any order, not only the whole phrase", async () => {
    const { user } = await createPesMember(db.ds);
    const { createEquipmentNotice } = ok(
      await gql(db.ds, CREATE, { i: { kind: "LEND", title: "Namiot 3×6 m na festyny", description: "Biały, z bocznymi ścianami" } }, user.id),
    );
    const ids = async (t: string) => ok(await gql(db.ds, FIND, { t })).equipmentNotices.edges.map((e: any) => e.node.id);
    expect(await ids("namiot festyny")).toEqual([createEquipmentNotice.id]);
    expect(await ids("FESTYNY Namiot")).toEqual([createEquipmentNotice.id]);
    expect(await ids("namiot scianami")).toEqual([createEquipmentNotice.id]); // accents folded, description too
    expect(await ids("namiot rower")).toEqual([]);
  });
});

describe("the folded search text (search_text, kept by a trigger)", () => {
  const UPDATE = `mutation($id: ID!, $i: EquipmentNoticeInput!) { updateEquipmentNotice(id: $id, input: $i) { id } }`;

  it("follows an edit: the new words find the notice, the old ones no longer do", async () => {
    const { user } = await createPesMember(db.ds);
    const { createEquipmentNotice: n } = ok(await gql(db.ds, CREATE, { i: { kind: "LEND", title: "Rzutnik multimedialny" } }, user.id));
    const total = async (t: string) => ok(await gql(db.ds, FIND, { t })).equipmentNotices.totalCount;
    expect(await total("rzutnik")).toBe(1);
    ok(await gql(db.ds, UPDATE, { id: n.id, i: { kind: "LEND", title: "Nagłośnienie", description: "Głośniki i mikser" } }, user.id));
    expect(await total("rzutnik")).toBe(0);
    expect(await total("naglosnienie mikser")).toBe(1);
  });

  it("is folded from the row's own text in every searched table, whatever a writer puts in it", async () => {
    const { organization } = await createPesMember(db.ds);
    const [product] = await db.ds.query(
      `INSERT INTO products (organization_id, name, category, description, search_text) VALUES ($1, 'Catering Łódzki', 'FOOD', 'Żurek', 'spoofed') RETURNING id`,
      [organization.id],
    );
    const folded = async (table: string, id: string) => (await db.ds.query(`SELECT search_text FROM ${table} WHERE id = $1`, [id]))[0].search_text;
    expect(await folded("products", product.id)).toBe("catering lodzki zurek");
    await db.ds.query(`UPDATE products SET description = NULL WHERE id = $1`, [product.id]);
    expect(await folded("products", product.id)).toBe("catering lodzki ");
    const [notice] = await db.ds.query(`SELECT id FROM equipment_notices LIMIT 1`);
    await db.ds.query(`UPDATE equipment_notices SET search_text = 'x' WHERE id = $1`, [notice.id]);
    expect(await folded("equipment_notices", notice.id)).not.toBe("x");
  });

  it.each([
    ["equipment_notices", "IDX_equipment_notices_search"],
    ["demands", "IDX_demands_search"],
    ["products", "IDX_products_search"],
  ])("is what the trigram index of %s holds, so a recheck does not fold the row again", async (table, index) => {
    const qr = db.ds.createQueryRunner();
    try {
      await qr.query("SET enable_seqscan = off");
      const plan: { "QUERY PLAN": string }[] = await qr.query(`EXPLAIN SELECT id FROM ${table} t WHERE t.search_text LIKE f_unaccent('%rzutnik%')`);
      const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
      expect(text).toContain(index);
      expect(text).not.toMatch(/Recheck Cond: \(f_unaccent/);
    } finally {
      await qr.release();
    }
  });
});
