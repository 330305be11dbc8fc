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
