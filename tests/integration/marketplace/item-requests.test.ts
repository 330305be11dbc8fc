import { EquipmentNotice, ItemRequest, NoticeKind } from "../../../entities/marketplace";
import { MailMessage } from "../../../entities/system";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createPesMember, createUser } from "../../factories";
import { makeNotice } from "./marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb({ poolSize: 20 })));
afterAll(() => db.drop());

const REQUEST = `mutation($id: ID!, $m: String!) { requestItem(noticeId: $id, message: $m) { id status } }`;
const ACCEPT = `mutation($id: ID!) { acceptItemRequest(id: $id) { id status } }`;

async function giveAway() {
  const { user, organization } = await createPesMember(db.ds);
  const notice = await makeNotice(db.ds, { userId: user.id, organizationId: organization.id }, { kind: NoticeKind.GIVE_AWAY, title: "Regały" });
  return { owner: user, organization, notice };
}

describe("item requests (give away, exchange, wanted)", () => {
  it("the owner accepts one request: the notice is RESERVED, the others are declined and e-mailed", async () => {
    const { owner, notice } = await giveAway();
    const [r1, r2] = [await createUser(db.ds), await createUser(db.ds)];
    const a = ok(await gql(db.ds, REQUEST, { id: notice.id, m: "Chętnie odbiorę" }, r1.id)).requestItem;
    ok(await gql(db.ds, REQUEST, { id: notice.id, m: "Ja też" }, r2.id));
    expect(ok(await gql(db.ds, ACCEPT, { id: a.id }, owner.id)).acceptItemRequest.status).toBe("ACCEPTED");
    expect((await db.ds.getRepository(EquipmentNotice).findOneByOrFail({ id: notice.id })).status).toBe("RESERVED");
    expect(await db.ds.getRepository(MailMessage).existsBy({ to: r2.email, template: "marketplace.item-declined" })).toBe(true);
    expect(await db.ds.getRepository(MailMessage).existsBy({ to: r1.email, template: "marketplace.item-accepted" })).toBe(true);
  });

  it("accepts exactly one of several requests accepted at once", async () => {
    const { owner, notice } = await giveAway();
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(ok(await gql(db.ds, REQUEST, { id: notice.id, m: `#${i}` }, (await createUser(db.ds)).id)).requestItem.id);
    const results = await Promise.all(ids.map((id) => gql(db.ds, ACCEPT, { id }, owner.id)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => errorCode(r) === "CONFLICT").length).toBe(7);
    expect(await db.ds.getRepository(ItemRequest).countBy({ noticeId: notice.id, status: "ACCEPTED" as never })).toBe(1);
  });

  it("a request sent while the owner accepts another waits for the acceptance and is CONFLICT, never left open on a reserved item", async () => {
    const { notice } = await giveAway();
    const late = await createUser(db.ds);
    const answer = await afterOtherCommits(
      db.ds,
      // The owner's acceptance of someone else's request, not yet committed: the notice locked and RESERVED.
      async (other) => {
        await other.query(`SELECT id FROM equipment_notices WHERE id = $1 FOR UPDATE`, [notice.id]);
        await other.query(`UPDATE equipment_notices SET status = 'RESERVED' WHERE id = $1`, [notice.id]);
      },
      () => gql(db.ds, REQUEST, { id: notice.id, m: "Czy jeszcze aktualne?" }, late.id),
    );
    expect(errorCode(answer)).toBe("CONFLICT");
    expect(await db.ds.getRepository(ItemRequest).countBy({ noticeId: notice.id })).toBe(0);
  });

  it("refuses the owner, a LEND notice, a repeated request and an empty message, writing nothing", async () => {
    const { owner, notice, organization } = await giveAway();
    const lend = await makeNotice(db.ds, { userId: owner.id, organizationId: organization.id });
    const someone = await createUser(db.ds);
    const before = await db.ds.getRepository(ItemRequest).count();
    expect(errorCode(await gql(db.ds, REQUEST, { id: notice.id, m: "x" }, owner.id))).toBe("FORBIDDEN");
    const r = await gql(db.ds, REQUEST, { id: lend.id, m: "x" }, someone.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.fields).toHaveProperty("noticeId");
    expect(errorCode(await gql(db.ds, REQUEST, { id: notice.id, m: "   " }, someone.id))).toBe("BAD_USER_INPUT");
    expect(await db.ds.getRepository(ItemRequest).count()).toBe(before);
    ok(await gql(db.ds, REQUEST, { id: notice.id, m: "Poproszę" }, someone.id));
    expect(errorCode(await gql(db.ds, REQUEST, { id: notice.id, m: "Jeszcze raz" }, someone.id))).toBe("CONFLICT");
  });

  it("a member of another organisation neither sees nor decides the requests", async () => {
    const { notice } = await giveAway();
    const req = ok(await gql(db.ds, REQUEST, { id: notice.id, m: "Poproszę" }, (await createUser(db.ds)).id)).requestItem;
    const b = await createPesMember(db.ds);
    expect(ok(await gql(db.ds, `query($id: ID!) { equipmentNotice(id: $id) { itemRequests { id } } }`, { id: notice.id }, b.user.id)).equipmentNotice.itemRequests).toBeNull();
    expect(errorCode(await gql(db.ds, ACCEPT, { id: req.id }, b.user.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, `mutation($id: ID!) { declineItemRequest(id: $id) { id } }`, { id: req.id }, b.user.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, `mutation($id: ID!) { withdrawItemRequest(id: $id) { id } }`, { id: req.id }, b.user.id))).toBe("FORBIDDEN");
    expect((await db.ds.getRepository(ItemRequest).findOneByOrFail({ id: req.id })).status).toBe("REQUESTED");
  });
});
