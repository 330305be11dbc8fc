import type { DataSource } from "typeorm";
import { EquipmentNotice, NoticeKind } from "../../../entities/marketplace";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createPesMember, createUser } from "../../factories";
import { makeNotice } from "./marketplace-helpers";

/**
 * Changing a notice decides on the row it locked, so another member's change of the same
 * notice (an accepted request reserving the item, a colleague's edit) is never undone by a
 * copy read before it. The edit used to read the notice outside its transaction and save
 * that copy whole: a change committed in between was written back over.
 */
let db: TestDb;
beforeAll(async () => (db = await createTestDb({ poolSize: 10 })));
afterAll(() => db.drop());

const UPDATE = `mutation($id: ID!, $input: EquipmentNoticeInput!) { updateEquipmentNotice(id: $id, input: $input) { id title status } }`;
const STATUS = `mutation($id: ID!, $status: String!) { setEquipmentNoticeStatus(id: $id, status: $status) { id title status } }`;

async function giveAway() {
  const { user, organization } = await createPesMember(db.ds);
  const notice = await makeNotice(db.ds, { userId: user.id, organizationId: organization.id }, { kind: NoticeKind.GIVE_AWAY, title: "Regały" });
  return { owner: user, notice };
}
const stored = (id: string) => db.ds.getRepository(EquipmentNotice).findOneByOrFail({ id });

/** What an acceptance of an item request does to the notice: locked, then RESERVED. */
const reserve = async (other: { query: DataSource["query"] }, id: string) => {
  await other.query(`SELECT id FROM equipment_notices WHERE id = $1 FOR UPDATE`, [id]);
  await other.query(`UPDATE equipment_notices SET status = 'RESERVED', updated_at = now() WHERE id = $1`, [id]);
};

/** Runs `between` (committed on its own) when the request opens its transaction: after anything it read before. */
function beforeTheTransaction(between: () => Promise<unknown>): void {
  const real = db.ds.transaction.bind(db.ds) as (...args: unknown[]) => Promise<unknown>;
  jest.spyOn(db.ds, "transaction").mockImplementationOnce((async (...args: unknown[]) => {
    await between();
    return real(...args);
  }) as never);
}
afterEach(() => jest.restoreAllMocks());

it("an edit keeps a reservation committed after the edit began", async () => {
  const { owner, notice } = await giveAway();
  beforeTheTransaction(() => db.ds.transaction((em) => reserve(em, notice.id)));
  ok(await gql(db.ds, UPDATE, { id: notice.id, input: { kind: "GIVE_AWAY", title: "Regały metalowe" } }, owner.id));
  expect(await stored(notice.id)).toMatchObject({ status: "RESERVED", title: "Regały metalowe" });
});

it("a status change keeps an edit committed after the change began", async () => {
  const { owner, notice } = await giveAway();
  beforeTheTransaction(() => db.ds.query(`UPDATE equipment_notices SET title = 'Regały metalowe' WHERE id = $1`, [notice.id]));
  ok(await gql(db.ds, STATUS, { id: notice.id, status: "CLOSED" }, owner.id));
  expect(await stored(notice.id)).toMatchObject({ status: "CLOSED", title: "Regały metalowe" });
});

it("an edit made while an acceptance holds the notice waits for it and keeps the reservation", async () => {
  const { owner, notice } = await giveAway();
  const answer = await afterOtherCommits(
    db.ds,
    (other) => reserve(other, notice.id),
    () => gql(db.ds, UPDATE, { id: notice.id, input: { kind: "GIVE_AWAY", title: "Regały metalowe" } }, owner.id),
  );
  expect(ok(answer).updateEquipmentNotice).toMatchObject({ status: "RESERVED", title: "Regały metalowe" });
  expect(await stored(notice.id)).toMatchObject({ status: "RESERVED", title: "Regały metalowe" });
});

/**
 * Deleting an account locks the person, then their private notices; a change of a notice
 * keeps that order (the poster first), so it waits without holding the notice. Not a
 * deadlock before (nothing of the change referred to the person then): this pins the order.
 */
it("a status change while the poster's account is being deleted waits without holding the notice", async () => {
  const resident = await createUser(db.ds);
  const notice = await makeNotice(db.ds, { userId: resident.id }, { kind: NoticeKind.GIVE_AWAY });
  const answer = await afterOtherCommits(
    db.ds,
    // What deleteMyAccount locks first…
    (other) => other.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [resident.id]),
    () => gql(db.ds, STATUS, { id: notice.id, status: "RESERVED" }, resident.id),
    async (other) => {
      // …and then: the notice is free, the change waits on the person.
      await other.query(`SELECT id FROM equipment_notices WHERE id = $1 FOR UPDATE NOWAIT`, [notice.id]);
      await other.query(`UPDATE equipment_notices SET status = 'CLOSED' WHERE id = $1`, [notice.id]);
    },
  );
  expect(answer.errors).toBeUndefined();
});

/**
 * Followers of the posting organisation hear of a new notice. One of them deleting their
 * account at that moment (their follows gone, the address replaced, still uncommitted) was
 * read as a live follower, and the notification waited on the person only to be written for
 * a deleted account, with an e-mail to the address it no longer has. The followers are now
 * read share-locked, so a deletion under way is waited for and its account left out.
 */
it("a new notice's followers leave out an account deleted at that moment: no notification, no e-mail", async () => {
  const { user: owner, organization } = await createPesMember(db.ds);
  const [going, staying] = [await createUser(db.ds), await createUser(db.ds)];
  for (const u of [going, staying]) {
    await db.ds.query(`INSERT INTO follows (user_id, kind, value) VALUES ($1, 'ORGANIZATION', $2)`, [u.id, organization.id]);
  }
  const answer = await afterOtherCommits(
    db.ds,
    // What deleteMyAccount does first: the person locked, their follows and notifications gone.
    async (other) => {
      await other.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [going.id]);
      await other.query(`DELETE FROM follows WHERE user_id = $1`, [going.id]);
    },
    () => gql(db.ds, `mutation($input: EquipmentNoticeInput!) { createEquipmentNotice(input: $input) { id } }`, { input: { kind: "GIVE_AWAY", title: "Krzesła" } }, owner.id),
    (other) => other.query(`UPDATE users SET deleted_at = now(), email = 'deleted-' || id || '@invalid' WHERE id = $1`, [going.id]),
  );
  ok(answer);
  const notified = async (u: { id: string; email: string }) => ({
    notifications: Number((await db.ds.query(`SELECT count(*) AS n FROM notifications WHERE user_id = $1`, [u.id]))[0].n),
    mails: Number((await db.ds.query(`SELECT count(*) AS n FROM mail_messages WHERE lower("to") = lower($1)`, [u.email]))[0].n),
  });
  expect(await notified(going)).toEqual({ notifications: 0, mails: 0 });
  expect(await notified(staying)).toEqual({ notifications: 1, mails: 1 });
});
