import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { countQueries } from "../../helpers/statements";
import { gql, ok } from "../../helpers/graphql";
import { createPesMember, createUser } from "../../factories";
import { future, makeDemand, makeNotice, makeOffer } from "./marketplace-helpers";
import { Product } from "../../../entities/marketplace";

/** List pages cost a fixed number of SQL statements whatever their length (no N+1). */
let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());


async function addRound(official: Awaited<ReturnType<typeof createUser>>) {
  const { user, organization } = await createPesMember(db.ds);
  await makeNotice(db.ds, { userId: user.id, organizationId: organization.id }, { title: "Licznik zapytań" });
  await db.ds.getRepository(Product).save(db.ds.getRepository(Product).create({ organizationId: organization.id, name: "Licznik", category: "Test" }));
  const d = await makeDemand(db.ds, official, future(), { title: "Licznik zapytań" });
  await makeOffer(db.ds, d.id, organization.id, user);
  return user;
}

const PAGE = `{
  equipmentNotices(first: 100, filter: { text: "Licznik" }) { totalCount edges { node { id organization { name products { id } } bookedPeriods { from } bookings { id } viewerIsOwner } } }
  demands(first: 100, filter: { text: "Licznik" }) { totalCount edges { node { id offers { id organization { name } } offerCount myOffer { id } } } }
  products(first: 100, filter: { text: "Licznik" }) { edges { node { id organization { name } } } }
  organizations(first: 100) { edges { node { id products { id } equipmentNotices { id } } } }
}`;

it("the marketplace lists cost the same number of statements for 2 rows as for 12", async () => {
  const official = await createUser(db.ds, { role: Role.OFFICIAL });
  const viewer = await addRound(official);
  await addRound(official);
  const small = await countQueries(db.ds, async () => ok(await gql(db.ds, PAGE, {}, viewer.id)));
  for (let i = 0; i < 10; i++) await addRound(official);
  let totals: { equipmentNotices: { totalCount: number } } | undefined;
  const large = await countQueries(db.ds, async () => (totals = ok(await gql(db.ds, PAGE, {}, viewer.id))));
  expect(totals!.equipmentNotices.totalCount).toBe(12);
  expect(large).toBe(small);
});
