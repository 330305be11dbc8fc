import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createOrganization, createUser } from "../../factories";
import { makeDemand, makeOffer, past } from "./marketplace-helpers";

/**
 * Ownership and role both count (issue #14, class 8): an official who posted a demand and
 * was then demoted no longer manages it — no sealed offers, no count, no management.
 */
let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.drop());

const DEMAND = `query($id: ID!) { demand(id: $id) { id offerCount offers { id price } } }`;

it("a demoted official loses the view of the offers of their own demand, and its management", async () => {
  const official = await createUser(db.ds, { role: Role.OFFICIAL });
  const pes = await createUser(db.ds, { role: Role.PES_MEMBER });
  const org = await createOrganization(db.ds, { verified: true });
  const demand = await makeDemand(db.ds, official, past());
  await makeOffer(db.ds, demand.id, org.id, pes, 700);

  // Control: while an official, the poster sees the offers after the deadline.
  const before = ok(await gql(db.ds, DEMAND, { id: demand.id }, official.id)).demand;
  expect(before.offerCount).toBe(1);
  expect(before.offers).toHaveLength(1);

  await db.ds.query(`UPDATE users SET role = 'RESIDENT' WHERE id = $1`, [official.id]);
  const after = ok(await gql(db.ds, DEMAND, { id: demand.id }, official.id)).demand;
  expect(after.offerCount).toBeNull();
  expect(after.offers).toBeNull();
  const close = await gql(db.ds, `mutation($id: ID!) { closeDemand(id: $id) { id } }`, { id: demand.id }, official.id);
  expect(errorCode(close)).toBe("FORBIDDEN");
  const offers = await db.ds.query(`SELECT id FROM offers WHERE demand_id = $1`, [demand.id]);
  const award = await gql(db.ds, `mutation($id: ID!) { awardOffer(offerId: $id) { id } }`, { id: offers[0].id }, official.id);
  expect(errorCode(award)).toBe("FORBIDDEN");
});
