import { MemberRole, MembershipStatus, OrganizationMembership } from "../../../entities/organizations";
import { BookingStatus, ItemRequest, NoticeKind } from "../../../entities/marketplace";
import { createTestDb, type TestDb } from "../../helpers/db";
import { countQueries } from "../../helpers/statements";
import { gql, ok } from "../../helpers/graphql";
import { createPesMember, createUser } from "../../factories";
import { day, makeBooking, makeNotice } from "../marketplace/marketplace-helpers";

/** Members on directory pages and the viewer's own bookings/requests on notice lists cost a fixed number of statements. */
let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());


const PAGE = `{
  organizations(first: 100) { edges { node { id members { id name role title } } } }
  equipmentNotices(first: 100, filter: { text: "Licznik" }) { edges { node { id viewerBookings { id handedOverAt } viewerItemRequests { id handedOverAt } } } }
}`;

async function addRound(viewerId: string) {
  const { user, organization } = await createPesMember(db.ds);
  const extra = await createUser(db.ds);
  await db.ds.getRepository(OrganizationMembership).insert({ userId: extra.id, organizationId: organization.id, role: MemberRole.MEMBER, status: MembershipStatus.ACTIVE, title: "Członek" });
  const lend = await makeNotice(db.ds, { userId: user.id, organizationId: organization.id }, { title: "Licznik namiot" });
  await makeBooking(db.ds, lend.id, { id: viewerId } as never, day(1), day(1), BookingStatus.REQUESTED);
  const give = await makeNotice(db.ds, { userId: user.id, organizationId: organization.id }, { title: "Licznik regał", kind: NoticeKind.GIVE_AWAY });
  await db.ds.getRepository(ItemRequest).insert({ noticeId: give.id, requesterId: viewerId, message: "Poproszę" });
}

it("costs the same number of statements for 1 organisation as for 6", async () => {
  const viewer = await createUser(db.ds);
  await addRound(viewer.id);
  const small = await countQueries(db.ds, async () => ok(await gql(db.ds, PAGE, {}, viewer.id)));
  for (let i = 0; i < 5; i++) await addRound(viewer.id);
  let data: Record<string, any> = {};
  const large = await countQueries(db.ds, async () => (data = ok(await gql(db.ds, PAGE, {}, viewer.id))));
  expect(data.organizations.edges.filter((e: { node: { members: unknown[] } }) => e.node.members.length === 2)).toHaveLength(6);
  expect(data.equipmentNotices.edges.every((e: { node: { viewerBookings: unknown[]; viewerItemRequests: unknown[] } }) => e.node.viewerBookings.length + e.node.viewerItemRequests.length === 1)).toBe(true);
  expect(large).toBe(small);
});
