import { Booking, BookingStatus, EquipmentNotice } from "../../../entities/marketplace";
import { MailMessage } from "../../../entities/system";
import { Role } from "../../../entities/users";
import { isOverdue } from "../../../server/modules/marketplace/bookings.extensions";
import { sendLoanReminders } from "../../../server/modules/marketplace/bookings.jobs";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createPesMember, createUser } from "../../factories";
import { day, makeBooking, makeLoan, withoutOverlapConstraint } from "./marketplace-helpers";

/**
 * Loans after the approval (issue 16, items 5–7): reminders and overdue notices by Toruń's
 * calendar, extensions under the exclusion constraint, the conditions of a loan and both
 * sides of the handover.
 */
let db: TestDb;
beforeAll(async () => (db = await createTestDb({ poolSize: 30 })));
afterAll(() => db.drop());

const EXTEND = `mutation($id: ID!, $to: Date!) { requestBookingExtension(id: $id, to: $to) { id to extensionTo } }`;
const APPROVE_EXT = `mutation($id: ID!) { approveBookingExtension(id: $id) { id to extensionTo } }`;
const REFUSE_EXT = `mutation($id: ID!, $r: String) { refuseBookingExtension(id: $id, reason: $r) { id to extensionTo extensionRefusedAt extensionRefusalReason } }`;
const APPROVE = `mutation($id: ID!) { approveBooking(id: $id) { id status } }`;
const RECEIVE = `mutation($id: ID!) { confirmBookingReceipt(id: $id) { id receivedAt } }`;
const HANDOVER = `mutation($id: ID!) { recordBookingHandover(id: $id) { id handedOverAt } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id) { id status } }`;

const loan = (from: string, to: string, status = BookingStatus.APPROVED, noticeAttrs: Partial<EquipmentNotice> = {}) => makeLoan(db.ds, from, to, status, noticeAttrs);

const mails = (keyPrefix: string) =>
  db.ds.getRepository(MailMessage).createQueryBuilder("m").where("m.dedupe_key LIKE :k", { k: `${keyPrefix}%` }).orderBy("m.to").getMany();
const booking = (id: string) => db.ds.getRepository(Booking).findOneByOrFail({ id });

describe("loan reminders (sendLoanReminders, a fixed clock)", () => {
  it("reminds the borrower the day before the loan starts — once, though two runs race and a third follows", async () => {
    const w = await loan("2031-03-11", "2031-03-13");
    const now = new Date("2031-03-10T09:00:00Z");
    await Promise.all([sendLoanReminders(db.ds, now), sendLoanReminders(db.ds, now)]);
    await sendLoanReminders(db.ds, new Date("2031-03-10T18:00:00Z"));
    const sent = await mails(`loan:${w.booking.id}:`);
    expect(sent.map((m) => [m.to, m.template])).toEqual([[w.borrower.email, "marketplace.loan-starts"]]);
    expect(sent[0].text).toContain("11.03.2031");
  });

  it("control: ten parallel runs at once still queue one message per booking and day", async () => {
    const w = await loan("2031-04-02", "2031-04-04");
    const now = new Date("2031-04-01T09:00:00Z");
    await Promise.all(Array.from({ length: 10 }, () => sendLoanReminders(db.ds, now)));
    expect(await mails(`loan:${w.booking.id}:`)).toHaveLength(1);
    // The table can hold more than one message per booking: the next day brings a second.
    await sendLoanReminders(db.ds, new Date("2031-04-03T09:00:00Z"));
    expect((await mails(`loan:${w.booking.id}:`)).map((m) => m.template).sort()).toEqual(["marketplace.loan-ends", "marketplace.loan-starts"]);
  });

  it("reminds the borrower the day before the last day, and not the owner", async () => {
    const w = await loan("2031-05-01", "2031-05-05");
    await sendLoanReminders(db.ds, new Date("2031-05-04T06:00:00Z"));
    const sent = await mails(`loan:${w.booking.id}:`);
    expect(sent.map((m) => [m.to, m.template])).toEqual([[w.borrower.email, "marketplace.loan-ends"]]);
  });

  it("sends nothing for requested, rejected or returned bookings", async () => {
    const ws = await Promise.all([
      loan("2031-06-02", "2031-06-03", BookingStatus.REQUESTED),
      loan("2031-06-02", "2031-06-03", BookingStatus.REJECTED),
      loan("2031-05-25", "2031-05-31", BookingStatus.RETURNED),
    ]);
    await sendLoanReminders(db.ds, new Date("2031-06-01T09:00:00Z"));
    for (const w of ws) expect(await mails(`loan:${w.booking.id}:`)).toEqual([]);
  });

  describe("overdue, exactly at the day boundary in Europe/Warsaw", () => {
    it.each([
      // winter (CET, UTC+1): Toruń's next day begins at 23:00 UTC
      ["2031-01-15", "2031-01-15T22:59:59.999Z", "2031-01-15T23:00:00.000Z"],
      // summer (CEST, UTC+2): at 22:00 UTC
      ["2031-07-15", "2031-07-15T21:59:59.999Z", "2031-07-15T22:00:00.000Z"],
    ])("a loan ending %s is not overdue at %s and is at %s — both sides hear once", async (to, before, after) => {
      const w = await loan(`${to.slice(0, 8)}10`, to);
      await sendLoanReminders(db.ds, new Date(before));
      expect((await mails(`loan:${w.booking.id}:overdue`)).length).toBe(0);
      expect(isOverdue(await booking(w.booking.id), new Date(before))).toBe(false);

      await Promise.all([sendLoanReminders(db.ds, new Date(after)), sendLoanReminders(db.ds, new Date(after))]);
      await sendLoanReminders(db.ds, new Date(new Date(after).getTime() + 3_600_000));
      expect(isOverdue(await booking(w.booking.id), new Date(after))).toBe(true);
      const sent = await mails(`loan:${w.booking.id}:overdue`);
      // the borrower and the owner's side (here the poster; the organisation has no address): one copy each
      expect(sent.map((m) => m.to).sort()).toEqual([w.borrower.email, w.owner.email].map((e) => e.toLowerCase()).sort());
      expect(sent.every((m) => m.template === "marketplace.loan-overdue")).toBe(true);
    });

    it("a recorded return ends it: nothing is overdue", async () => {
      const w = await loan("2031-02-01", "2031-02-03", BookingStatus.RETURNED);
      await sendLoanReminders(db.ds, new Date("2031-02-05T12:00:00Z"));
      expect(await mails(`loan:${w.booking.id}:`)).toEqual([]);
      expect(isOverdue(await booking(w.booking.id), new Date("2031-02-05T12:00:00Z"))).toBe(false);
    });

    it("the booking says it is overdue to both sides (Booking.overdue)", async () => {
      const w = await loan(day(-3), day(-1));
      const q = `query($id: ID!) { equipmentNotice(id: $id) { bookings { id overdue } viewerBookings { id overdue } } }`;
      expect(ok(await gql(db.ds, q, { id: w.notice.id }, w.owner.id)).equipmentNotice.bookings).toEqual([{ id: w.booking.id, overdue: true }]);
      expect(ok(await gql(db.ds, q, { id: w.notice.id }, w.borrower.id)).equipmentNotice.viewerBookings).toEqual([{ id: w.booking.id, overdue: true }]);
      const current = await loan(day(-1), day(0));
      expect(ok(await gql(db.ds, q, { id: current.notice.id }, current.owner.id)).equipmentNotice.bookings[0].overdue).toBe(false);
    });
  });
});

describe("extensions", () => {
  it("the borrower asks, the owner side is told; another member of the organisation approves and the borrower is told", async () => {
    const w = await loan(day(1), day(3));
    const asked = ok(await gql(db.ds, EXTEND, { id: w.booking.id, to: day(6) }, w.borrower.id)).requestBookingExtension;
    expect(asked).toEqual({ id: w.booking.id, to: day(3), extensionTo: day(6) });
    expect((await mails(`loan:${w.booking.id}:extension-requested`)).map((m) => m.to)).toContain(w.owner.email.toLowerCase());
    const { user: colleague } = await createPesMember(db.ds, w.organization);
    expect(ok(await gql(db.ds, APPROVE_EXT, { id: w.booking.id }, colleague.id)).approveBookingExtension).toEqual({ id: w.booking.id, to: day(6), extensionTo: null });
    const told = await mails(`loan:${w.booking.id}:extension-approved`);
    expect(told.map((m) => m.to)).toEqual([w.borrower.email.toLowerCase()]);
    // Deciding again: nothing is waiting.
    expect(errorCode(await gql(db.ds, APPROVE_EXT, { id: w.booking.id }, w.owner.id))).toBe("CONFLICT");
  });

  it("the owner refuses with a reason, which the borrower reads in the e-mail; the days stay", async () => {
    const w = await loan(day(1), day(3));
    ok(await gql(db.ds, EXTEND, { id: w.booking.id, to: day(5) }, w.borrower.id));
    const r = ok(await gql(db.ds, REFUSE_EXT, { id: w.booking.id, r: "  Potrzebny na festyn  " }, w.owner.id)).refuseBookingExtension;
    expect(r).toMatchObject({ to: day(3), extensionTo: null, extensionRefusalReason: "Potrzebny na festyn" });
    const [mail] = await mails(`loan:${w.booking.id}:extension-refused`);
    expect(mail.to).toBe(w.borrower.email.toLowerCase());
    expect(mail.text).toContain("Potrzebny na festyn");
  });

  it("only the borrower asks and only the owner side decides — not the other side, strangers, officials or admins", async () => {
    const w = await loan(day(1), day(3));
    const [stranger, official, admin] = await Promise.all([createUser(db.ds), createUser(db.ds, { role: Role.OFFICIAL }), createUser(db.ds, { role: Role.ADMIN })]);
    const { user: otherPes } = await createPesMember(db.ds);
    for (const who of [w.owner, stranger, official, admin, otherPes]) {
      expect(errorCode(await gql(db.ds, EXTEND, { id: w.booking.id, to: day(5) }, who.id))).toBe("FORBIDDEN");
    }
    expect(errorCode(await gql(db.ds, EXTEND, { id: w.booking.id, to: day(5) }, null))).toBe("UNAUTHENTICATED");
    ok(await gql(db.ds, EXTEND, { id: w.booking.id, to: day(5) }, w.borrower.id));
    for (const who of [w.borrower, stranger, official, admin, otherPes]) {
      expect(errorCode(await gql(db.ds, APPROVE_EXT, { id: w.booking.id }, who.id))).toBe("FORBIDDEN");
      expect(errorCode(await gql(db.ds, REFUSE_EXT, { id: w.booking.id }, who.id))).toBe("FORBIDDEN");
    }
    expect(await booking(w.booking.id)).toMatchObject({ toDate: day(3), extensionTo: day(5) });
  });

  it("refuses bad input with the contract's codes, changing nothing", async () => {
    const w = await loan(day(1), day(3));
    for (const to of [day(3), day(2)]) {
      const r = await gql(db.ds, EXTEND, { id: w.booking.id, to }, w.borrower.id);
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors![0].extensions!.fields).toHaveProperty("to");
    }
    expect(errorCode(await gql(db.ds, EXTEND, { id: w.booking.id, to: day(200) }, w.borrower.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, EXTEND, { id: w.booking.id, to: "2031-02-30" }, w.borrower.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, EXTEND, { id: "nie-uuid", to: day(5) }, w.borrower.id))).toBe("NOT_FOUND");
    ok(await gql(db.ds, EXTEND, { id: w.booking.id, to: day(5) }, w.borrower.id));
    const long = await gql(db.ds, REFUSE_EXT, { id: w.booking.id, r: "x".repeat(1001) }, w.owner.id);
    expect(errorCode(long)).toBe("BAD_USER_INPUT");
    expect(long.errors![0].extensions!.fields).toHaveProperty("reason");
    expect(await booking(w.booking.id)).toMatchObject({ toDate: day(3), extensionTo: day(5), extensionRefusedAt: null });
    const requested = await loan(day(1), day(3), BookingStatus.REQUESTED);
    expect(errorCode(await gql(db.ds, EXTEND, { id: requested.booking.id, to: day(5) }, requested.borrower.id))).toBe("CONFLICT");
  });

  it("is CONFLICT at once when the new days are already booked (touching on one day counts)", async () => {
    const w = await loan(day(1), day(3));
    await makeBooking(db.ds, w.notice.id, await createUser(db.ds), day(6), day(8), BookingStatus.APPROVED);
    expect(errorCode(await gql(db.ds, EXTEND, { id: w.booking.id, to: day(6) }, w.borrower.id))).toBe("CONFLICT");
    ok(await gql(db.ds, EXTEND, { id: w.booking.id, to: day(5) }, w.borrower.id));
  });

  describe("under concurrency (the exclusion constraint is the guard)", () => {
    /**
     * One pending extension into days 4–8 and ten requested bookings that each want some of
     * those days (or, for the control, days after them), all approved at the same moment.
     */
    async function raceForTheDays(overlapping: boolean) {
      const w = await loan(day(1), day(3));
      await db.ds.getRepository(Booking).update({ id: w.booking.id }, { extensionTo: day(8) });
      const rivals = [];
      for (let i = 0; i < 10; i++) {
        const from = overlapping ? day(4 + (i % 5)) : day(9 + 2 * i);
        rivals.push(await makeBooking(db.ds, w.notice.id, await createUser(db.ds), from, overlapping ? day(8) : from));
      }
      const results = await Promise.all([
        gql(db.ds, APPROVE_EXT, { id: w.booking.id }, w.owner.id),
        ...rivals.map((b) => gql(db.ds, APPROVE, { id: b.id }, w.owner.id)),
      ]);
      const approved = await db.ds.getRepository(Booking).findBy({ noticeId: w.notice.id, status: BookingStatus.APPROVED });
      const extended = (await booking(w.booking.id)).toDate === day(8);
      return { results, approved, extended };
    }

    it("an extension and ten approvals race for the same days: exactly one wins, the rest are CONFLICT", async () => {
      const { results, approved, extended } = await raceForTheDays(true);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === "CONFLICT")).toHaveLength(10);
      // Either the extension won (and holds days 1–8 alone) or one rival did (and the loan still ends on day 3).
      expect(approved.length).toBe(extended ? 1 : 2);
    });

    it("two members approve the same extension at once: it applies once, the other is CONFLICT", async () => {
      const w = await loan(day(1), day(3));
      ok(await gql(db.ds, EXTEND, { id: w.booking.id, to: day(6) }, w.borrower.id));
      const { user: colleague } = await createPesMember(db.ds, w.organization);
      const results = await Promise.all([gql(db.ds, APPROVE_EXT, { id: w.booking.id }, w.owner.id), gql(db.ds, APPROVE_EXT, { id: w.booking.id }, colleague.id)]);
      expect(results.map(errorCode).sort()).toEqual(["CONFLICT", undefined]);
      expect(await mails(`loan:${w.booking.id}:extension-approved`)).toHaveLength(1);
    });

    it("control: when the days do not overlap, the extension and all ten approvals succeed", async () => {
      const { results, approved, extended } = await raceForTheDays(false);
      expect(results.every((r) => !r.errors)).toBe(true);
      expect(extended).toBe(true);
      expect(approved).toHaveLength(11);
    });

    it("control: without the exclusion constraint the same race overbooks (the test can see it)", async () => {
      const { approved, extended } = await withoutOverlapConstraint(db, (d) => (db = d), () => raceForTheDays(true));
      expect(approved.length).toBeGreaterThan(extended ? 1 : 2);
    });
  });
});

describe("both sides of the handover", () => {
  it("the owner records the handover, the borrower confirms receipt; both are on the booking", async () => {
    const w = await loan(day(0), day(2));
    ok(await gql(db.ds, HANDOVER, { id: w.booking.id }, w.owner.id));
    const r = ok(await gql(db.ds, RECEIVE, { id: w.booking.id }, w.borrower.id)).confirmBookingReceipt;
    expect(new Date(r.receivedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const q = `query($id: ID!) { equipmentNotice(id: $id) { bookings { handedOverAt receivedAt } } }`;
    const [b] = ok(await gql(db.ds, q, { id: w.notice.id }, w.owner.id)).equipmentNotice.bookings;
    expect(b.handedOverAt && b.receivedAt).toBeTruthy();
    expect(errorCode(await gql(db.ds, RECEIVE, { id: w.booking.id }, w.borrower.id))).toBe("CONFLICT");
  });

  it("only the borrower confirms receipt: the owner, strangers, officials and admins are FORBIDDEN", async () => {
    const w = await loan(day(0), day(2));
    const [stranger, official, admin] = await Promise.all([createUser(db.ds), createUser(db.ds, { role: Role.OFFICIAL }), createUser(db.ds, { role: Role.ADMIN })]);
    for (const who of [w.owner, stranger, official, admin]) expect(errorCode(await gql(db.ds, RECEIVE, { id: w.booking.id }, who.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, RECEIVE, { id: w.booking.id }, null))).toBe("UNAUTHENTICATED");
    expect((await booking(w.booking.id)).receivedAt).toBeNull();
  });

  it("is CONFLICT before the first day and for a booking not approved; once received, the loan is not cancelled any more", async () => {
    const later = await loan(day(2), day(3));
    expect(errorCode(await gql(db.ds, RECEIVE, { id: later.booking.id }, later.borrower.id))).toBe("CONFLICT");
    const requested = await loan(day(0), day(3), BookingStatus.REQUESTED);
    expect(errorCode(await gql(db.ds, RECEIVE, { id: requested.booking.id }, requested.borrower.id))).toBe("CONFLICT");
    const w = await loan(day(0), day(2));
    ok(await gql(db.ds, RECEIVE, { id: w.booking.id }, w.borrower.id));
    expect(errorCode(await gql(db.ds, CANCEL, { id: w.booking.id }, w.borrower.id))).toBe("CONFLICT");
  });
});

describe("the conditions of a loan", () => {
  const CREATE = `mutation($input: EquipmentNoticeInput!) { createEquipmentNotice(input: $input) { id deposit pickupPlace pickupHours loanNotes } }`;
  const TERMS = { deposit: 150.5, pickupPlace: " ul. Szeroka 1, Toruń ", pickupHours: "pn–pt 9–15", loanNotes: "Zwrot czysty i suchy" };

  it("the owner states a deposit, pick-up place and hours and notes; anyone reading the notice sees them", async () => {
    const { user } = await createPesMember(db.ds);
    const n = ok(await gql(db.ds, CREATE, { input: { kind: "LEND", title: "Namiot", ...TERMS } }, user.id)).createEquipmentNotice;
    expect(n).toMatchObject({ deposit: 150.5, pickupPlace: "ul. Szeroka 1, Toruń", pickupHours: "pn–pt 9–15", loanNotes: "Zwrot czysty i suchy" });
    const q = `query($id: ID!) { equipmentNotice(id: $id) { deposit pickupPlace pickupHours loanNotes } }`;
    expect(ok(await gql(db.ds, q, { id: n.id }, null)).equipmentNotice.deposit).toBe(150.5);
  });

  it("keeps them for LEND notices only", async () => {
    const { user } = await createPesMember(db.ds);
    const n = ok(await gql(db.ds, CREATE, { input: { kind: "GIVE_AWAY", title: "Krzesła", ...TERMS } }, user.id)).createEquipmentNotice;
    expect(n).toMatchObject({ deposit: null, pickupPlace: null, pickupHours: null, loanNotes: null });
  });

  it.each([
    ["deposit", { deposit: -1 }],
    ["deposit", { deposit: 1_000_000.01 }],
    ["deposit", { deposit: 10.123 }],
    ["pickupPlace", { pickupPlace: "x".repeat(201) }],
    ["pickupHours", { pickupHours: "x".repeat(201) }],
    ["loanNotes", { loanNotes: "x".repeat(2001) }],
  ])("refuses a bad %s naming it", async (field, terms) => {
    const { user } = await createPesMember(db.ds);
    const r = await gql(db.ds, CREATE, { input: { kind: "LEND", title: "Namiot", ...terms } }, user.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!).join()).toContain(field);
  });
});
