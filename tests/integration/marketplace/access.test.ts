import { Booking, BookingStatus, EquipmentNotice, Offer, Product } from "../../../entities/marketplace";
import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createPesMember, createUser } from "../../factories";
import { day, future, makeBooking, makeDemand, makeNotice, makeOffer, past } from "./marketplace-helpers";

/**
 * A member of organisation B cannot read or change organisation A's notices, offers,
 * bookings or catalogue through any operation.
 */
let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

async function world() {
  const a = await createPesMember(db.ds);
  const b = await createPesMember(db.ds);
  const official = await createUser(db.ds, { role: Role.OFFICIAL });
  const resident = await createUser(db.ds);
  const notice = await makeNotice(db.ds, { userId: a.user.id, organizationId: a.organization.id }, { title: "Mikser A" });
  const booking = await makeBooking(db.ds, notice.id, resident, day(3), day(4));
  const approved = await makeBooking(db.ds, notice.id, resident, day(8), day(9), BookingStatus.APPROVED);
  // A borrows B-independent item from a resident; B must not see that either.
  const residentNotice = await makeNotice(db.ds, { userId: resident.id }, { title: "Wiertarka" });
  const aBooking = await makeBooking(db.ds, residentNotice.id, a.user, day(5), day(6));
  const openDemand = await makeDemand(db.ds, official, future());
  const closedDemand = await makeDemand(db.ds, official, past());
  const offerOpen = await makeOffer(db.ds, openDemand.id, a.organization.id, a.user, 111, "Tajna oferta A");
  const offerClosed = await makeOffer(db.ds, closedDemand.id, a.organization.id, a.user, 222, "Tajna oferta A2");
  const product = await db.ds.getRepository(Product).save(
    db.ds.getRepository(Product).create({ organizationId: a.organization.id, name: "Catering A", category: "Catering", socialClauseSuitable: true }),
  );
  return { a, b, official, resident, notice, booking, approved, residentNotice, aBooking, openDemand, closedDemand, offerOpen, offerClosed, product };
}

describe("organisation B against organisation A", () => {
  it("cannot edit, close or moderate A's notice", async () => {
    const w = await world();
    const r1 = await gql(db.ds, `mutation($id: ID!) { updateEquipmentNotice(id: $id, input: { kind: LEND, title: "Przejęte" }) { id } }`, { id: w.notice.id }, w.b.user.id);
    const r2 = await gql(db.ds, `mutation($id: ID!) { setEquipmentNoticeStatus(id: $id, status: "CLOSED") { id } }`, { id: w.notice.id }, w.b.user.id);
    expect([errorCode(r1), errorCode(r2)]).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    const n = await db.ds.getRepository(EquipmentNotice).findOneByOrFail({ id: w.notice.id });
    expect([n.title, n.status]).toEqual(["Mikser A", "AVAILABLE"]);
  });

  it("cannot read A's booking requests nor their borrowers", async () => {
    const w = await world();
    const r = ok(
      await gql(
        db.ds,
        `query($id: ID!) { equipmentNotice(id: $id) { bookings { id } viewerIsOwner } myBookings { id } }`,
        { id: w.notice.id },
        w.b.user.id,
      ),
    );
    expect(r.equipmentNotice).toEqual({ bookings: null, viewerIsOwner: false });
    expect(r.myBookings).toEqual([]);
  });

  it("cannot approve, reject, cancel or return A's bookings", async () => {
    const w = await world();
    for (const m of ["approveBooking", "rejectBooking", "cancelBooking"]) {
      expect(errorCode(await gql(db.ds, `mutation($id: ID!) { ${m}(id: $id) { id } }`, { id: w.booking.id }, w.b.user.id))).toBe("FORBIDDEN");
    }
    expect(errorCode(await gql(db.ds, `mutation($id: ID!) { returnBooking(id: $id) { id } }`, { id: w.approved.id }, w.b.user.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, `mutation($id: ID!) { cancelBooking(id: $id) { id } }`, { id: w.aBooking.id }, w.b.user.id))).toBe("FORBIDDEN");
    const statuses = (await db.ds.getRepository(Booking).findBy({})).filter((b) => [w.booking.id, w.approved.id, w.aBooking.id].includes(b.id));
    expect(statuses.map((b) => b.status).sort()).toEqual(["APPROVED", "REQUESTED", "REQUESTED"]);
  });

  it("cannot see A's offers before or after the deadline, through any field", async () => {
    const w = await world();
    for (const d of [w.openDemand, w.closedDemand]) {
      const r = ok(
        await gql(
          db.ds,
          `query($id: ID!) {
            demand(id: $id) { offers { id price message } offerCount myOffer { id price message } }
            demands(first: 100) { edges { node { offers { id } offerCount myOffer { id } } } }
          }`,
          { id: d.id },
          w.b.user.id,
        ),
      );
      expect(r.demand).toEqual({ offers: null, offerCount: null, myOffer: null });
      const dump = JSON.stringify(r);
      for (const secret of [w.offerOpen.id, w.offerClosed.id, "Tajna", "111", "222"]) expect(dump).not.toContain(secret);
    }
  });

  it("cannot withdraw, replace or award A's offer", async () => {
    const w = await world();
    expect(errorCode(await gql(db.ds, `mutation($d: ID!) { withdrawOffer(demandId: $d) }`, { d: w.openDemand.id }, w.b.user.id))).toBe("NOT_FOUND");
    // B's own submission is B's own offer, never a replacement of A's.
    ok(await gql(db.ds, `mutation($d: ID!) { submitOffer(demandId: $d, input: { price: 1, message: "B" }) { id } }`, { d: w.openDemand.id }, w.b.user.id));
    expect(errorCode(await gql(db.ds, `mutation($o: ID!) { awardOffer(offerId: $o) { id } }`, { o: w.offerClosed.id }, w.b.user.id))).toBe("FORBIDDEN");
    const a = await db.ds.getRepository(Offer).findOneByOrFail({ id: w.offerOpen.id });
    expect([a.price, a.message]).toEqual([111, "Tajna oferta A"]);
  });

  it("cannot change or delete A's catalogue entries", async () => {
    const w = await world();
    const input = { name: "Przejęty", category: "Catering", socialClauseSuitable: false };
    expect(errorCode(await gql(db.ds, `mutation($id: ID!, $input: ProductInput!) { updateProduct(id: $id, input: $input) { id } }`, { id: w.product.id, input }, w.b.user.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, `mutation($id: ID!) { deleteProduct(id: $id) }`, { id: w.product.id }, w.b.user.id))).toBe("FORBIDDEN");
    // Naming A as the organisation does not help a non-admin: the entry goes to B's own catalogue.
    const p = ok(await gql(db.ds, `mutation($input: ProductInput!) { createProduct(input: $input) { organization { id } } }`, { input: { ...input, organizationId: w.a.organization.id } }, w.b.user.id));
    expect(p.createProduct.organization.id).toBe(w.b.organization.id);
    expect((await db.ds.getRepository(Product).findOneByOrFail({ id: w.product.id })).name).toBe("Catering A");
  });

  it("control: A itself can do what B cannot", async () => {
    const w = await world();
    const r = ok(await gql(db.ds, `query($id: ID!) { equipmentNotice(id: $id) { bookings { id } } demand(id: "${w.openDemand.id}") { myOffer { id } } }`, { id: w.notice.id }, w.a.user.id));
    expect(r.equipmentNotice.bookings).toHaveLength(2);
    expect(r.demand.myOffer.id).toBe(w.offerOpen.id);
    ok(await gql(db.ds, `mutation($id: ID!) { approveBooking(id: $id) { id } }`, { id: w.booking.id }, w.a.user.id));
  });
});
