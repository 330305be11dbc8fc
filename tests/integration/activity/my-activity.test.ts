import { BookingStatus, ItemRequest, NoticeKind } from "../../../entities/marketplace";
import { Premises, PremisesEnquiry } from "../../../entities/premises";
import { Role, type User } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { countQueries } from "../../helpers/statements";
import { createPesMember, createUser } from "../../factories";
import { day, future, makeBooking, makeDemand, makeNotice, makeOffer, past } from "../marketplace/marketplace-helpers";
import { CANCEL, createTraining, REGISTER } from "../trainings/helpers";
import { MyActivityQuery } from "../../../app/account/activity/activity-query";

const WAITING = `{ waitingForMe { bookingRequests itemRequests enquiries approvals demandsToDecide total } }`;

let db: TestDb;
let official: User, admin: User;
beforeAll(async () => {
  db = await createTestDb();
  official = await createUser(db.ds, { role: Role.OFFICIAL });
  admin = await createUser(db.ds, { role: Role.ADMIN });
});
afterAll(() => db.drop());

/** A PES member with `n` of everything Moje sprawy lists. */
async function personWith(n: number) {
  const { user, organization } = await createPesMember(db.ds);
  const borrower = await createUser(db.ds);
  for (let i = 0; i < n; i++) {
    const p = await db.ds.getRepository(Premises).save(
      db.ds.getRepository(Premises).create({ address: `ul. Testowa ${i}`, district: "Mokre", areaM2: 40, monthlyRent: 900, ownerId: official.id }),
    );
    await db.ds.getRepository(PremisesEnquiry).insert({ premisesId: p.id, userId: user.id, organizationId: organization.id, message: "Pytanie o lokal" });
    const [slot] = await db.ds.query(
      `INSERT INTO premises_viewing_slots (premises_id, starts_at, ends_at, place, capacity) VALUES ($1, now() + interval '2 days', now() + interval '49 hours', 'Brama', 5) RETURNING id`,
      [p.id],
    );
    await db.ds.query(`INSERT INTO premises_viewing_bookings (slot_id, user_id, cancel_token) VALUES ($1, $2, md5(random()::text))`, [slot.id, user.id]);
    const [round] = await db.ds.query(
      `INSERT INTO premises_letting_rounds (premises_id, deadline, minimum_rent) VALUES ($1, now() + interval '7 days', 1000) RETURNING id`,
      [p.id],
    );
    await db.ds.query(
      `INSERT INTO premises_letting_applications (round_id, organization_id, user_id, proposed_rent, intended_use) VALUES ($1, $2, $3, 1200, 'Pracownia spółdzielni')`,
      [round.id, organization.id, user.id],
    );
    // Own notices with requests waiting for the owner…
    const lend = await makeNotice(db.ds, { userId: user.id, organizationId: organization.id });
    await makeBooking(db.ds, lend.id, borrower, day(2 + i), day(3 + i));
    const give = await makeNotice(db.ds, { userId: user.id, organizationId: organization.id }, { kind: NoticeKind.GIVE_AWAY });
    await db.ds.getRepository(ItemRequest).insert({ noticeId: give.id, requesterId: borrower.id, message: "Poproszę" });
    // …and the person's own requests on others' notices.
    const other = await makeNotice(db.ds, { userId: borrower.id });
    await makeBooking(db.ds, other.id, user, day(2 + i), day(3 + i), BookingStatus.APPROVED);
    const otherGive = await makeNotice(db.ds, { userId: borrower.id }, { kind: NoticeKind.GIVE_AWAY });
    await db.ds.getRepository(ItemRequest).insert({ noticeId: otherGive.id, requesterId: user.id, message: "Chętnie" });
    const demand = await makeDemand(db.ds, official, future());
    await makeOffer(db.ds, demand.id, organization.id, user);
    const training = await createTraining(db.ds);
    ok(await gql(db.ds, REGISTER, { id: training }, user.id));
  }
  return { user, organization };
}

/** A new person who registered for a new training, cancelled and registered again. */
async function registeredAgain(): Promise<{ user: User; id: string }> {
  const user = await createUser(db.ds);
  const id = await createTraining(db.ds);
  ok(await gql(db.ds, REGISTER, { id }, user.id));
  ok(await gql(db.ds, CANCEL, { id }, user.id));
  ok(await gql(db.ds, REGISTER, { id }, user.id));
  return { user, id };
}

describe("Moje sprawy (/account/activity)", () => {
  it("costs the same number of SQL statements for 1 and for 4 of everything", async () => {
    const one = await personWith(1);
    const four = await personWith(4);
    let data: Record<string, any> = {};
    const few = await countQueries(db.ds, async () => ok(await gql(db.ds, MyActivityQuery, {}, one.user.id)));
    const many = await countQueries(db.ds, async () => (data = ok(await gql(db.ds, MyActivityQuery, {}, four.user.id))));
    expect(data.myPremisesEnquiries).toHaveLength(4);
    expect(data.bookingRequestsForMe).toHaveLength(4);
    expect(data.itemRequestsForMe).toHaveLength(4);
    expect(data.myBookings).toHaveLength(4);
    expect(data.myItemRequests).toHaveLength(4);
    expect(data.myOrganizationOffers).toHaveLength(4);
    expect(data.myOrganizationOffers[0].demand.title).toBeTruthy();
    expect(data.myRegistrations).toHaveLength(4);
    expect(data.myPremisesViewingBookings).toHaveLength(4);
    expect(data.myPremisesViewingBookings[0].premises.address).toBeTruthy();
    expect(data.myPremisesLettingApplications).toHaveLength(4);
    expect(data.myPremisesLettingApplications[0].round.status).toBe("OPEN");
    expect(data.waitingForMe).toMatchObject({ bookingRequests: 4, itemRequests: 4, enquiries: 0, total: 8 });
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(25);
  });

  it("shows requests on an organisation's notices to every active member, and to nobody else", async () => {
    const { user, organization } = await personWith(1);
    const colleague = (await createPesMember(db.ds, organization)).user;
    const outsider = (await createPesMember(db.ds)).user;
    expect(ok(await gql(db.ds, `{ bookingRequestsForMe { id } }`, {}, colleague.id)).bookingRequestsForMe).toHaveLength(1);
    expect(ok(await gql(db.ds, `{ bookingRequestsForMe { id } }`, {}, outsider.id)).bookingRequestsForMe).toHaveLength(0);
    expect(ok(await gql(db.ds, `{ myOrganizationOffers { id } }`, {}, outsider.id)).myOrganizationOffers).toHaveLength(0);
    expect(ok(await gql(db.ds, WAITING, {}, user.id)).waitingForMe.total).toBe(2);
  });

  it("lists and counts an extension asked for on an owner's approved loan, for the owner only", async () => {
    const { user: owner, organization } = await createPesMember(db.ds);
    const colleague = (await createPesMember(db.ds, organization)).user;
    const borrower = await createUser(db.ds);
    const notice = await makeNotice(db.ds, { userId: owner.id, organizationId: organization.id });
    const loan = await makeBooking(db.ds, notice.id, borrower, day(2), day(3), BookingStatus.APPROVED);
    await makeBooking(db.ds, notice.id, await createUser(db.ds), day(5), day(6), BookingStatus.APPROVED);
    const Q = `{ extensionRequestsForMe { id extensionTo } waitingForMe { extensionRequests total } }`;
    expect(ok(await gql(db.ds, Q, {}, owner.id))).toMatchObject({ extensionRequestsForMe: [], waitingForMe: { extensionRequests: 0, total: 0 } });
    await db.ds.query(`UPDATE bookings SET extension_to = to_date + 1, extension_requested_at = now() WHERE id = $1`, [loan.id]);
    for (const who of [owner, colleague]) {
      const data = ok(await gql(db.ds, Q, {}, who.id));
      expect(data.extensionRequestsForMe.map((b: { id: string }) => b.id)).toEqual([loan.id]);
      expect(data.waitingForMe).toMatchObject({ extensionRequests: 1, total: 1 });
    }
    for (const who of [borrower, (await createPesMember(db.ds)).user]) {
      expect(ok(await gql(db.ds, Q, {}, who.id))).toMatchObject({ extensionRequestsForMe: [], waitingForMe: { extensionRequests: 0 } });
    }
  });

  it("counts a resident's private notices' requests", async () => {
    const resident = await createUser(db.ds);
    const notice = await makeNotice(db.ds, { userId: resident.id });
    await makeBooking(db.ds, notice.id, await createUser(db.ds), day(3), day(4));
    await makeBooking(db.ds, notice.id, await createUser(db.ds), day(5), day(6), BookingStatus.REJECTED);
    expect(ok(await gql(db.ds, WAITING, {}, resident.id)).waitingForMe).toMatchObject({ bookingRequests: 1, total: 1 });
  });

  it("counts unanswered enquiries for the official in charge, all of them and the approvals for an admin, and demands past the deadline", async () => {
    const mine = await createUser(db.ds, { role: Role.OFFICIAL });
    const p = await db.ds.getRepository(Premises).save(
      db.ds.getRepository(Premises).create({ address: "ul. Liczona 1", district: "Mokre", areaM2: 40, monthlyRent: 900, ownerId: mine.id }),
    );
    const pes = (await createPesMember(db.ds)).user;
    await db.ds.getRepository(PremisesEnquiry).insert({ premisesId: p.id, userId: pes.id, message: "Pytanie o lokal" });
    await makeDemand(db.ds, mine, past());
    await makeDemand(db.ds, mine, future());
    const w = ok(await gql(db.ds, WAITING, {}, mine.id)).waitingForMe;
    expect(w).toMatchObject({ enquiries: 1, demandsToDecide: 1, approvals: 0, total: 2 });
    const a = ok(await gql(db.ds, WAITING, {}, admin.id)).waitingForMe;
    expect(a.enquiries).toBe(await db.ds.getRepository(PremisesEnquiry).countBy({ status: "NEW" as never }));
    await createUser(db.ds, { role: Role.RESIDENT, approvalStatus: "PENDING" as never });
    expect(ok(await gql(db.ds, WAITING, {}, admin.id)).waitingForMe.approvals).toBeGreaterThan(0);
    // A PES member never sees official counts.
    expect(ok(await gql(db.ds, WAITING, {}, pes.id)).waitingForMe).toMatchObject({ enquiries: 0, approvals: 0, demandsToDecide: 0 });
    expect(errorCode(await gql(db.ds, WAITING, {}, null))).toBe("UNAUTHENTICATED");
  });

  it("lists a training cancelled and registered again as ONE registration in its current state", async () => {
    const { user, id } = await registeredAgain();
    const other = await createTraining(db.ds);
    ok(await gql(db.ds, REGISTER, { id: other }, user.id));
    ok(await gql(db.ds, CANCEL, { id: other }, user.id));
    const regs = ok(await gql(db.ds, `{ myRegistrations { status training { id } } }`, {}, user.id)).myRegistrations;
    expect(regs).toHaveLength(2);
    expect(regs.find((r: any) => r.training.id === id).status).toBe("CONFIRMED");
    expect(regs.find((r: any) => r.training.id === other).status).toBe("CANCELLED");
  });
});

describe("myRegistrations with registration times out of order (imported or seeded rows)", () => {
  it("shows the live registration rather than a cancelled one with a later time", async () => {
    const { user, id } = await registeredAgain();
    await db.ds.query(`UPDATE registrations SET registered_at = now() + interval '1 day' WHERE user_id = $1 AND status = 'CANCELLED'`, [user.id]);
    const regs = ok(await gql(db.ds, `{ myRegistrations { status training { id } } }`, {}, user.id)).myRegistrations;
    expect(regs).toEqual([{ status: "CONFIRMED", training: { id } }]);
  });
});
