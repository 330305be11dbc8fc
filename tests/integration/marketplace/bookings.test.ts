import type { QueryRunner } from "typeorm";
import { Booking, BookingStatus, NoticeKind, NoticeStatus } from "../../../entities/marketplace";
import { MemberRole, OrganizationMembership } from "../../../entities/organizations";
import { MailMessage } from "../../../entities/system";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createPesMember, createUser } from "../../factories";
import { Role } from "../../../entities/users";
import { day, makeBooking, makeNotice, withoutOverlapConstraint } from "./marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb({ poolSize: 30 })));
afterAll(() => db.drop());

const REQUEST = `mutation($noticeId: ID!, $from: Date!, $to: Date!, $message: String) {
  requestBooking(noticeId: $noticeId, from: $from, to: $to, message: $message) { id status from to notice { id title } }
}`;
const APPROVE = `mutation($id: ID!) { approveBooking(id: $id) { id status from to } }`;
const REJECT = `mutation($id: ID!) { rejectBooking(id: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id) { id status } }`;

const bookings = () => db.ds.getRepository(Booking).count();

async function lendNotice() {
  const { user, organization } = await createPesMember(db.ds);
  const notice = await makeNotice(db.ds, { userId: user.id, organizationId: organization.id });
  return { owner: user, organization, notice };
}

describe("requestBooking", () => {
  it("creates a REQUESTED booking for whole days and e-mails the owner", async () => {
    const { notice, owner } = await lendNotice();
    const borrower = await createUser(db.ds);
    const r = ok(await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(3), to: day(5), message: "Na festyn" }, borrower.id));
    expect(r.requestBooking).toMatchObject({ status: "REQUESTED", from: day(3), to: day(5), notice: { id: notice.id } });
    const mails = await db.ds.getRepository(MailMessage).findBy({ template: "marketplace.booking-requested" });
    expect(mails.map((m) => m.to)).toContain(owner.email);
  });

  it("once the poster has left the organisation, the organisation's owners hear of requests, not the former member", async () => {
    const { user: owner, organization } = await createPesMember(db.ds);
    const { user: poster } = await createPesMember(db.ds, organization);
    await db.ds.getRepository(OrganizationMembership).update({ userId: poster.id }, { role: MemberRole.MEMBER });
    const notice = await makeNotice(db.ds, { userId: poster.id, organizationId: organization.id });
    const borrower = await createUser(db.ds);
    const REQUEST_ITEM = `mutation($id: ID!) { requestItem(noticeId: $id, message: "Czy jeszcze aktualne?") { id } }`;
    const giveAway = await makeNotice(db.ds, { userId: poster.id, organizationId: organization.id }, { kind: NoticeKind.GIVE_AWAY });
    const recipients = async (template: string) => (await db.ds.getRepository(MailMessage).findBy({ template })).map((m) => m.to);

    // While a member, the poster hears of it (owners are not bothered).
    ok(await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(3), to: day(3) }, borrower.id));
    expect(await recipients("marketplace.booking-requested")).toContain(poster.email);
    expect(await recipients("marketplace.booking-requested")).not.toContain(owner.email);

    await db.ds.getRepository(OrganizationMembership).delete({ userId: poster.id });
    await db.ds.getRepository(MailMessage).clear();
    ok(await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(6), to: day(6) }, borrower.id));
    ok(await gql(db.ds, REQUEST_ITEM, { id: giveAway.id }, borrower.id));
    for (const template of ["marketplace.booking-requested", "marketplace.item-requested"]) {
      expect(await recipients(template)).toContain(owner.email);
      expect(await recipients(template)).not.toContain(poster.email);
    }
  });

  it("accepts a one-day booking starting today", async () => {
    const { notice } = await lendNotice();
    const borrower = await createUser(db.ds);
    const r = ok(await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(0), to: day(0) }, borrower.id));
    expect(r.requestBooking.status).toBe("REQUESTED");
  });

  it("requires signing in", async () => {
    const { notice } = await lendNotice();
    const before = await bookings();
    expect(errorCode(await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(1), to: day(2) }))).toBe("UNAUTHENTICATED");
    expect(await bookings()).toBe(before);
  });

  it("refuses the owner and any member of the owning organisation with FORBIDDEN", async () => {
    const { notice, owner, organization } = await lendNotice();
    const colleague = await createPesMember(db.ds, organization);
    const before = await bookings();
    for (const u of [owner, colleague.user]) {
      expect(errorCode(await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(1), to: day(2) }, u.id))).toBe("FORBIDDEN");
    }
    expect(await bookings()).toBe(before);
  });

  it("refuses a resident booking their own private notice", async () => {
    const resident = await createUser(db.ds);
    const notice = await makeNotice(db.ds, { userId: resident.id });
    expect(errorCode(await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(1), to: day(2) }, resident.id))).toBe("FORBIDDEN");
  });

  it.each([NoticeKind.GIVE_AWAY, NoticeKind.EXCHANGE, NoticeKind.WANTED])("refuses a %s notice with BAD_USER_INPUT naming noticeId", async (kind) => {
    const { user } = await createPesMember(db.ds);
    const notice = await makeNotice(db.ds, { userId: user.id }, { kind });
    const borrower = await createUser(db.ds);
    const before = await bookings();
    const r = await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(1), to: day(2) }, borrower.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toEqual(["noticeId"]);
    expect(await bookings()).toBe(before);
  });

  it.each([
    ["from", { from: day(-1), to: day(2) }],
    ["to", { from: day(5), to: day(4) }],
  ])("refuses a bad %s (past day or from > to) naming the field, and writes nothing", async (field, dates) => {
    const { notice } = await lendNotice();
    const borrower = await createUser(db.ds);
    const before = await bookings();
    const r = await gql(db.ds, REQUEST, { noticeId: notice.id, ...dates }, borrower.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
    expect(await bookings()).toBe(before);
  });

  it.each(["2026-02-30", "26-01-01", "tomorrow", "2026-1-5"])("refuses the malformed Date %s with BAD_USER_INPUT", async (bad) => {
    const { notice } = await lendNotice();
    const borrower = await createUser(db.ds);
    const r = await gql(db.ds, REQUEST, { noticeId: notice.id, from: bad, to: day(2) }, borrower.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
  });

  it("answers NOT_FOUND for an unknown or malformed notice id", async () => {
    const borrower = await createUser(db.ds);
    for (const id of ["00000000-0000-0000-0000-000000000000", "not-a-uuid"]) {
      expect(errorCode(await gql(db.ds, REQUEST, { noticeId: id, from: day(1), to: day(2) }, borrower.id))).toBe("NOT_FOUND");
    }
  });

  it("refuses days already taken by an approved booking with CONFLICT", async () => {
    const { notice } = await lendNotice();
    const other = await createUser(db.ds);
    await makeBooking(db.ds, notice.id, other, day(10), day(12), BookingStatus.APPROVED);
    const borrower = await createUser(db.ds);
    expect(errorCode(await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(12), to: day(14) }, borrower.id))).toBe("CONFLICT");
    ok(await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(13), to: day(14) }, borrower.id));
  });

  it("refuses a closed item with CONFLICT", async () => {
    const { user } = await createPesMember(db.ds);
    const notice = await makeNotice(db.ds, { userId: user.id }, { status: NoticeStatus.CLOSED });
    const borrower = await createUser(db.ds);
    expect(errorCode(await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(1), to: day(2) }, borrower.id))).toBe("CONFLICT");
  });
});

describe("approveBooking", () => {
  it("lets any member of the owning organisation approve, and e-mails the borrower", async () => {
    const { notice, organization } = await lendNotice();
    const colleague = await createPesMember(db.ds, organization);
    const borrower = await createUser(db.ds);
    const b = await makeBooking(db.ds, notice.id, borrower, day(1), day(2));
    const r = ok(await gql(db.ds, APPROVE, { id: b.id }, colleague.user.id));
    expect(r.approveBooking.status).toBe("APPROVED");
    expect(await db.ds.getRepository(MailMessage).existsBy({ to: borrower.email, template: "marketplace.booking-approved" })).toBe(true);
  });

  it("refuses the borrower, strangers and officials with FORBIDDEN, changing nothing", async () => {
    const { notice } = await lendNotice();
    const borrower = await createUser(db.ds);
    const b = await makeBooking(db.ds, notice.id, borrower, day(1), day(2));
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const stranger = await createPesMember(db.ds);
    for (const u of [borrower, official, stranger.user]) {
      expect(errorCode(await gql(db.ds, APPROVE, { id: b.id }, u.id))).toBe("FORBIDDEN");
      expect(errorCode(await gql(db.ds, REJECT, { id: b.id }, u.id))).toBe("FORBIDDEN");
    }
    expect((await db.ds.getRepository(Booking).findOneByOrFail({ id: b.id })).status).toBe("REQUESTED");
  });

  it("is CONFLICT when the days overlap an approved booking (touching on one day counts)", async () => {
    const { notice, owner } = await lendNotice();
    const a = await makeBooking(db.ds, notice.id, await createUser(db.ds), day(5), day(7));
    const b = await makeBooking(db.ds, notice.id, await createUser(db.ds), day(7), day(9));
    const c = await makeBooking(db.ds, notice.id, await createUser(db.ds), day(8), day(9));
    ok(await gql(db.ds, APPROVE, { id: a.id }, owner.id));
    expect(errorCode(await gql(db.ds, APPROVE, { id: b.id }, owner.id))).toBe("CONFLICT");
    expect((await db.ds.getRepository(Booking).findOneByOrFail({ id: b.id })).status).toBe("REQUESTED");
    ok(await gql(db.ds, APPROVE, { id: c.id }, owner.id));
  });

  it("is CONFLICT for a booking that is not REQUESTED any more", async () => {
    const { notice, owner } = await lendNotice();
    const b = await makeBooking(db.ds, notice.id, await createUser(db.ds), day(1), day(1), BookingStatus.CANCELLED);
    expect(errorCode(await gql(db.ds, APPROVE, { id: b.id }, owner.id))).toBe("CONFLICT");
  });

  it("frees the days again once an approved booking is cancelled", async () => {
    const { notice, owner } = await lendNotice();
    const borrower = await createUser(db.ds);
    const a = await makeBooking(db.ds, notice.id, borrower, day(3), day(4));
    const b = await makeBooking(db.ds, notice.id, await createUser(db.ds), day(3), day(4));
    ok(await gql(db.ds, APPROVE, { id: a.id }, owner.id));
    expect(ok(await gql(db.ds, CANCEL, { id: a.id }, borrower.id)).cancelBooking.status).toBe("CANCELLED");
    ok(await gql(db.ds, APPROVE, { id: b.id }, owner.id));
  });

  describe("under parallel approvals", () => {
    async function approveAllAtOnce(n: number, overlapping: boolean) {
      const { notice, owner } = await lendNotice();
      const requested = [];
      for (let i = 0; i < n; i++) {
        const from = overlapping ? day(20 + (i % 3)) : day(20 + 2 * i);
        const to = overlapping ? day(22 + (i % 2)) : day(20 + 2 * i);
        requested.push(await makeBooking(db.ds, notice.id, await createUser(db.ds), from, to));
      }
      const results = await Promise.all(requested.map((b) => gql(db.ds, APPROVE, { id: b.id }, owner.id)));
      const approved = await db.ds.getRepository(Booking).countBy({ noticeId: notice.id, status: BookingStatus.APPROVED });
      return { results, approved };
    }

    it("approves exactly one of 20 overlapping bookings; the other 19 are CONFLICT", async () => {
      const { results, approved } = await approveAllAtOnce(20, true);
      // Listed whole so that a failure shows what the others got instead (a deadlock's victim was INTERNAL_SERVER_ERROR).
      expect(results.map(errorCode).sort()).toEqual([...Array(19).fill("CONFLICT"), undefined]);
      expect(approved).toBe(1);
    });

    it("approves a booking whose first try PostgreSQL chose as a deadlock's victim", async () => {
      const { notice, owner } = await lendNotice();
      const b = await makeBooking(db.ds, notice.id, await createUser(db.ds), day(30), day(31));
      // Another transaction holds the approval's mail key, so the approval (holding the
      // booking's row lock) waits on it; then that transaction asks for the booking's row:
      // a cycle. It waits 10 s before looking for deadlocks, the approval 1 s: the approval
      // is the victim, and its second try runs once the other transaction has gone.
      const other = db.ds.createQueryRunner();
      await other.connect();
      try {
        await other.query(`SET deadlock_timeout = '10s'`);
        await other.startTransaction();
        await other.query(`INSERT INTO mail_messages ("to", subject, text, template, dedupe_key) VALUES ('x@example.org', 's', 't', 't', $1)`, [
          `booking:${b.id}:APPROVED`,
        ]);
        const approval = gql(db.ds, APPROVE, { id: b.id }, owner.id);
        const waitingOnLocks = async () =>
          Number((await db.ds.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n);
        while ((await waitingOnLocks()) === 0) await new Promise((r) => setTimeout(r, 20));
        await other.query(`SELECT id FROM bookings WHERE id = $1 FOR UPDATE`, [b.id]);
        await other.rollbackTransaction();
        expect(ok(await approval).approveBooking.status).toBe("APPROVED");
      } finally {
        if (other.isTransactionActive) await other.rollbackTransaction();
        await other.release();
      }
      expect(await db.ds.getRepository(MailMessage).countBy({ dedupeKey: `booking:${b.id}:APPROVED` })).toBe(1);
    });

    it("control: 20 disjoint bookings approved at once all succeed", async () => {
      const { results, approved } = await approveAllAtOnce(20, false);
      expect(results.every((r) => !r.errors)).toBe(true);
      expect(approved).toBe(20);
    });

    it("control: without the exclusion constraint the same run overbooks (the test can see it)", async () => {
      const { approved } = await withoutOverlapConstraint(db, (d) => (db = d), () => approveAllAtOnce(20, true));
      expect(approved).toBeGreaterThan(1);
    });
  });
});

describe("rejectBooking, cancelBooking and myBookings", () => {
  it("lets the owner reject and the borrower list their requests", async () => {
    const { notice, owner } = await lendNotice();
    const borrower = await createUser(db.ds);
    const { requestBooking: b } = ok(await gql(db.ds, REQUEST, { noticeId: notice.id, from: day(2), to: day(3) }, borrower.id));
    expect(ok(await gql(db.ds, REJECT, { id: b.id }, owner.id)).rejectBooking.status).toBe("REJECTED");
    const mine = ok(await gql(db.ds, `{ myBookings { id status notice { id } } }`, {}, borrower.id)).myBookings;
    expect(mine).toEqual([{ id: b.id, status: "REJECTED", notice: { id: notice.id } }]);
  });

  it("refuses a stranger cancelling someone else's booking", async () => {
    const { notice } = await lendNotice();
    const b = await makeBooking(db.ds, notice.id, await createUser(db.ds), day(1), day(2));
    const stranger = await createUser(db.ds);
    expect(errorCode(await gql(db.ds, CANCEL, { id: b.id }, stranger.id))).toBe("FORBIDDEN");
  });

  it("shows the booking list to the owner only, and approved days to everyone", async () => {
    const { notice, owner } = await lendNotice();
    const borrower = await createUser(db.ds);
    await makeBooking(db.ds, notice.id, borrower, day(4), day(6), BookingStatus.APPROVED);
    const Q = `query($id: ID!) { equipmentNotice(id: $id) { bookings { id borrower { email } } bookedPeriods { from to } viewerIsOwner } }`;
    const asOwner = ok(await gql(db.ds, Q, { id: notice.id }, owner.id)).equipmentNotice;
    expect(asOwner.bookings).toHaveLength(1);
    expect(asOwner.bookings[0].borrower.email).toBe(borrower.email);
    expect(asOwner.viewerIsOwner).toBe(true);
    for (const viewer of [null, (await createUser(db.ds)).id, (await createPesMember(db.ds)).user.id]) {
      const r = ok(await gql(db.ds, Q, { id: notice.id }, viewer)).equipmentNotice;
      expect(r.bookings).toBeNull();
      expect(r.bookedPeriods).toEqual([{ from: day(4), to: day(6) }]);
      expect(r.viewerIsOwner).toBe(false);
    }
  });
});

/**
 * A request for days of `notice` by a new borrower while another client's transaction does
 * `write` and stays open (then `whileWaiting`, then commits): the answer, and the notice's
 * bookings afterwards.
 */
async function requestWhileOther(notice: { id: string }, write: (other: QueryRunner) => Promise<unknown>, whileWaiting?: (other: QueryRunner) => Promise<unknown>) {
  const borrower = await createUser(db.ds);
  const answer = await afterOtherCommits(db.ds, write, () => gql(db.ds, REQUEST, { noticeId: notice.id, from: day(3), to: day(5) }, borrower.id), whileWaiting);
  return { code: errorCode(answer), bookings: await db.ds.getRepository(Booking).countBy({ noticeId: notice.id }) };
}

describe("a booking requested while the owner closes the notice", () => {
  it("waits for the closing and is CONFLICT, never a request on a closed notice", async () => {
    const { notice } = await lendNotice();
    const close = (other: QueryRunner) => other.query(`UPDATE equipment_notices SET status = 'CLOSED' WHERE id = $1`, [notice.id]);
    expect(await requestWhileOther(notice, close)).toEqual({ code: "CONFLICT", bookings: 0 });
  });
});

/**
 * Deleting an account locks the person, then closes their private notices (FOR UPDATE) and
 * rejects what was asked of them. A booking request locked the notice first (its insert's
 * foreign key) and the owner only when it notified them: each waited for the other, and
 * PostgreSQL broke the cycle with an error (a 500). The request now takes the owner first.
 */
describe("a booking requested while the owner deletes their account", () => {
  it("waits without holding the notice, then is CONFLICT: the notice was closed", async () => {
    const owner = await createUser(db.ds);
    const notice = await makeNotice(db.ds, { userId: owner.id });
    const answer = await requestWhileOther(
      notice,
      // What deleteMyAccount locks first…
      (other) => other.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [owner.id]),
      async (other) => {
        // …and then: the notice is free (NOWAIT fails if the request holds it), and closes.
        await other.query(`SELECT id FROM equipment_notices WHERE id = $1 FOR UPDATE NOWAIT`, [notice.id]);
        await other.query(`UPDATE equipment_notices SET status = 'CLOSED' WHERE id = $1`, [notice.id]);
        await other.query(`UPDATE users SET deleted_at = now() WHERE id = $1`, [owner.id]);
      },
    );
    expect(answer).toEqual({ code: "CONFLICT", bookings: 0 });
  });
});
