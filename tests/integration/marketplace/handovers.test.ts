import { Booking, BookingStatus, EquipmentNotice, ItemRequest, ItemRequestStatus, NoticeKind, NoticeStatus } from "../../../entities/marketplace";
import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createPesMember, createUser } from "../../factories";
import { day, makeLoan, makeNotice } from "./marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb({ poolSize: 20 })));
afterAll(() => db.drop());

const HANDOVER_BOOKING = `mutation($id: ID!) { recordBookingHandover(id: $id) { id status handedOverAt returnedAt } }`;
const RETURN = `mutation($id: ID!, $c: String, $n: String) { returnBooking(id: $id, condition: $c, note: $n) { id status handedOverAt returnedAt returnCondition returnNote } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id) { id status } }`;
const HANDOVER_ITEM = `mutation($id: ID!, $n: String) { recordItemHandover(id: $id, note: $n) { id status handedOverAt handoverNote notice { id status } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawItemRequest(id: $id) { id status } }`;
const NOTICE = `query($id: ID!) {
  equipmentNotice(id: $id) {
    id status
    bookings { id handedOverAt returnedAt returnCondition }
    itemRequests { id handedOverAt requester { name } }
    viewerBookings { id status handedOverAt returnedAt returnNote }
    viewerItemRequests { id status handedOverAt }
  }
}`;

const lendWorld = (from = day(0), to = day(2), status = BookingStatus.APPROVED) => makeLoan(db.ds, from, to, status);

async function giveAwayWorld(kind = NoticeKind.GIVE_AWAY) {
  const { user: owner, organization } = await createPesMember(db.ds);
  const notice = await makeNotice(db.ds, { userId: owner.id, organizationId: organization.id }, { kind, status: NoticeStatus.RESERVED });
  const requester = await createUser(db.ds);
  const req = await db.ds
    .getRepository(ItemRequest)
    .save(db.ds.getRepository(ItemRequest).create({ noticeId: notice.id, requesterId: requester.id, message: "Poproszę", status: ItemRequestStatus.ACCEPTED }));
  return { owner, organization, notice, requester, req };
}

const booking = (id: string) => db.ds.getRepository(Booking).findOneByOrFail({ id });

describe("recordBookingHandover (LEND)", () => {
  it("the owner records the handover of an approved booking starting today; the borrower sees it on the notice", async () => {
    const w = await lendWorld();
    const r = ok(await gql(db.ds, HANDOVER_BOOKING, { id: w.booking.id }, w.owner.id)).recordBookingHandover;
    expect(r.status).toBe("APPROVED");
    expect(new Date(r.handedOverAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await booking(w.booking.id)).handedOverById).toBe(w.owner.id);
    const seen = ok(await gql(db.ds, NOTICE, { id: w.notice.id }, w.borrower.id)).equipmentNotice;
    expect(seen.bookings).toBeNull();
    expect(seen.viewerBookings).toEqual([expect.objectContaining({ id: w.booking.id, handedOverAt: r.handedOverAt })]);
  });

  it("another member of the owning organisation may record it too", async () => {
    const w = await lendWorld(day(-1), day(1));
    const colleague = await createPesMember(db.ds, w.organization);
    expect(ok(await gql(db.ds, HANDOVER_BOOKING, { id: w.booking.id }, colleague.user.id)).recordBookingHandover.handedOverAt).toBeTruthy();
  });

  it("refuses the borrower, another organisation, strangers and anonymous callers, writing nothing", async () => {
    const w = await lendWorld();
    const other = await createPesMember(db.ds);
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    for (const who of [w.borrower.id, other.user.id, (await createUser(db.ds)).id, admin.id]) {
      expect(errorCode(await gql(db.ds, HANDOVER_BOOKING, { id: w.booking.id }, who))).toBe("FORBIDDEN");
    }
    expect(errorCode(await gql(db.ds, HANDOVER_BOOKING, { id: w.booking.id }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(db.ds, HANDOVER_BOOKING, { id: "nie-ma" }, w.owner.id))).toBe("NOT_FOUND");
    expect((await booking(w.booking.id)).handedOverAt).toBeNull();
  });

  it("refuses a booking that is not approved, not started yet, or already handed over", async () => {
    const requested = await lendWorld(day(0), day(1), BookingStatus.REQUESTED);
    expect(errorCode(await gql(db.ds, HANDOVER_BOOKING, { id: requested.booking.id }, requested.owner.id))).toBe("CONFLICT");
    const later = await lendWorld(day(1), day(2));
    expect(errorCode(await gql(db.ds, HANDOVER_BOOKING, { id: later.booking.id }, later.owner.id))).toBe("CONFLICT");
    expect((await booking(later.booking.id)).handedOverAt).toBeNull();
    const w = await lendWorld();
    ok(await gql(db.ds, HANDOVER_BOOKING, { id: w.booking.id }, w.owner.id));
    const first = (await booking(w.booking.id)).handedOverAt;
    expect(errorCode(await gql(db.ds, HANDOVER_BOOKING, { id: w.booking.id }, w.owner.id))).toBe("CONFLICT");
    expect((await booking(w.booking.id)).handedOverAt).toEqual(first);
  });

  it("once handed over, the booking can no longer be cancelled — only returned", async () => {
    const w = await lendWorld();
    ok(await gql(db.ds, HANDOVER_BOOKING, { id: w.booking.id }, w.owner.id));
    expect(errorCode(await gql(db.ds, CANCEL, { id: w.booking.id }, w.borrower.id))).toBe("CONFLICT");
    expect(errorCode(await gql(db.ds, CANCEL, { id: w.booking.id }, w.owner.id))).toBe("CONFLICT");
    expect((await booking(w.booking.id)).status).toBe("APPROVED");
  });
});

describe("returnBooking with the return record", () => {
  it("records when, the condition and a note; the borrower sees them in myBookings", async () => {
    const w = await lendWorld();
    ok(await gql(db.ds, HANDOVER_BOOKING, { id: w.booking.id }, w.owner.id));
    const r = ok(await gql(db.ds, RETURN, { id: w.booking.id, c: " bez uszkodzeń ", n: "Oddany czysty" }, w.owner.id)).returnBooking;
    expect(r).toMatchObject({ status: "RETURNED", returnCondition: "bez uszkodzeń", returnNote: "Oddany czysty" });
    expect(r.returnedAt).toBeTruthy();
    expect((await booking(w.booking.id)).returnedById).toBe(w.owner.id);
    const mine = ok(await gql(db.ds, `{ myBookings { id status handedOverAt returnedAt returnCondition } }`, {}, w.borrower.id)).myBookings;
    expect(mine).toEqual([{ id: w.booking.id, status: "RETURNED", handedOverAt: r.handedOverAt, returnedAt: r.returnedAt, returnCondition: "bez uszkodzeń" }]);
  });

  it("keeps its earlier behaviour: no arguments, no recorded handover needed, only APPROVED, only the owner", async () => {
    const w = await lendWorld(day(3), day(4));
    expect(ok(await gql(db.ds, `mutation($id: ID!) { returnBooking(id: $id) { id status } }`, { id: w.booking.id }, w.owner.id)).returnBooking.status).toBe("RETURNED");
    expect(errorCode(await gql(db.ds, RETURN, { id: w.booking.id }, w.owner.id))).toBe("CONFLICT");
    const x = await lendWorld();
    expect(errorCode(await gql(db.ds, RETURN, { id: x.booking.id }, x.borrower.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, RETURN, { id: x.booking.id }, (await createPesMember(db.ds)).user.id))).toBe("FORBIDDEN");
  });

  it("refuses a too long condition or note, writing nothing", async () => {
    const w = await lendWorld();
    const r = await gql(db.ds, RETURN, { id: w.booking.id, c: "x".repeat(61), n: "y".repeat(2001) }, w.owner.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toEqual(["condition", "note"]);
    expect(await booking(w.booking.id)).toMatchObject({ status: "APPROVED", returnedAt: null });
  });
});

describe("recordItemHandover (give away, exchange)", () => {
  it("records who received the item and when; the notice becomes HANDED_OVER; both sides see it", async () => {
    const w = await giveAwayWorld();
    const r = ok(await gql(db.ds, HANDOVER_ITEM, { id: w.req.id, n: "Odebrane w sobotę" }, w.owner.id)).recordItemHandover;
    expect(r).toMatchObject({ status: "ACCEPTED", handoverNote: "Odebrane w sobotę", notice: { id: w.notice.id, status: "HANDED_OVER" } });
    const stored = await db.ds.getRepository(ItemRequest).findOneByOrFail({ id: w.req.id });
    expect(stored).toMatchObject({ requesterId: w.requester.id, handedOverById: w.owner.id });
    const ownerView = ok(await gql(db.ds, NOTICE, { id: w.notice.id }, w.owner.id)).equipmentNotice;
    expect(ownerView.itemRequests).toEqual([{ id: w.req.id, handedOverAt: r.handedOverAt, requester: { name: w.requester.name } }]);
    const requesterView = ok(await gql(db.ds, NOTICE, { id: w.notice.id }, w.requester.id)).equipmentNotice;
    expect(requesterView.viewerItemRequests).toEqual([{ id: w.req.id, status: "ACCEPTED", handedOverAt: r.handedOverAt }]);
    expect(ok(await gql(db.ds, NOTICE, { id: w.notice.id })).equipmentNotice).toMatchObject({ itemRequests: null, viewerItemRequests: [] });
  });

  it("works for exchanges too, and the requester can no longer withdraw afterwards", async () => {
    const w = await giveAwayWorld(NoticeKind.EXCHANGE);
    ok(await gql(db.ds, HANDOVER_ITEM, { id: w.req.id }, w.owner.id));
    expect(errorCode(await gql(db.ds, WITHDRAW, { id: w.req.id }, w.requester.id))).toBe("CONFLICT");
    expect((await db.ds.getRepository(EquipmentNotice).findOneByOrFail({ id: w.notice.id })).status).toBe("HANDED_OVER");
  });

  it("refuses the requester, another organisation and strangers", async () => {
    const w = await giveAwayWorld();
    for (const who of [w.requester.id, (await createPesMember(db.ds)).user.id, (await createUser(db.ds)).id]) {
      expect(errorCode(await gql(db.ds, HANDOVER_ITEM, { id: w.req.id }, who))).toBe("FORBIDDEN");
    }
    expect((await db.ds.getRepository(ItemRequest).findOneByOrFail({ id: w.req.id })).handedOverAt).toBeNull();
    expect((await db.ds.getRepository(EquipmentNotice).findOneByOrFail({ id: w.notice.id })).status).toBe("RESERVED");
  });

  it("refuses requests that are not accepted, a closed notice, and a second handover", async () => {
    const w = await giveAwayWorld();
    const other = await db.ds
      .getRepository(ItemRequest)
      .save(db.ds.getRepository(ItemRequest).create({ noticeId: w.notice.id, requesterId: (await createUser(db.ds)).id, message: "Ja też", status: ItemRequestStatus.DECLINED }));
    expect(errorCode(await gql(db.ds, HANDOVER_ITEM, { id: other.id }, w.owner.id))).toBe("CONFLICT");
    ok(await gql(db.ds, HANDOVER_ITEM, { id: w.req.id }, w.owner.id));
    expect(errorCode(await gql(db.ds, HANDOVER_ITEM, { id: w.req.id }, w.owner.id))).toBe("CONFLICT");
    const closed = await giveAwayWorld();
    await db.ds.getRepository(EquipmentNotice).update({ id: closed.notice.id }, { status: NoticeStatus.CLOSED });
    expect(errorCode(await gql(db.ds, HANDOVER_ITEM, { id: closed.req.id }, closed.owner.id))).toBe("CONFLICT");
    expect(errorCode(await gql(db.ds, HANDOVER_ITEM, { id: closed.req.id, n: "z".repeat(2001) }, closed.owner.id))).toBe("BAD_USER_INPUT");
  });
});
