import { IsNull } from "typeorm";
import { Premises, PremisesViewingBooking, PremisesViewingSlot } from "../../../entities/premises";
import { MailMessage } from "../../../entities/system";
import { Role, type User } from "../../../entities/users";
import { sendViewingReminders, setViewingLockingForTests } from "../../../server/modules/premises/premises.viewings";
import { createOrganization, createPesMember, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";

/**
 * Viewings of premises: slots only from the official in charge or an admin; a full slot is
 * CONFLICT and never overbooked under a stampede (with a control run that shows the test
 * can see overbooking); the confirmation carries the calendar file; the reminder goes
 * once even with two job runs at once; the cancel link frees the place.
 */
jest.setTimeout(300_000);

let db: TestDb;
let official: User, official2: User, admin: User, resident: User, pes: User, unverifiedPes: User;
let crowd: User[];
let premisesId: string;
const CROWD = 60;
const CAPACITY = 8;

beforeAll(async () => {
  db = await createTestDb({ poolSize: 30 });
  [official, official2, admin, resident] = await Promise.all([
    createUser(db.ds, { role: Role.OFFICIAL }),
    createUser(db.ds, { role: Role.OFFICIAL }),
    createUser(db.ds, { role: Role.ADMIN }),
    createUser(db.ds, { role: Role.RESIDENT }),
  ]);
  pes = (await createPesMember(db.ds)).user;
  unverifiedPes = (await createPesMember(db.ds, await createOrganization(db.ds, { verified: false }))).user;
  crowd = [];
  for (let i = 0; i < CROWD; i += 20) crowd.push(...(await Promise.all(Array.from({ length: 20 }, () => createUser(db.ds, { role: Role.RESIDENT })))));
  const repo = db.ds.getRepository(Premises);
  premisesId = (await repo.save(repo.create({ address: "ul. Szeroka 12", district: "Stare Miasto", areaM2: 60, monthlyRent: 2400, ownerId: official.id }))).id;
});
afterAll(async () => {
  setViewingLockingForTests(true);
  await db.drop();
});

const CREATE = `mutation($i: PremisesViewingSlotInput!) { createPremisesViewingSlot(input: $i) { id capacity bookedCount place } }`;
const BOOK = `mutation($id: ID!) { bookPremisesViewing(slotId: $id) { id slot { id bookedCount bookedByMe } } }`;
const SLOTS = `query($id: ID!) { premisesViewingSlots(premisesId: $id) { id bookedCount bookedByMe } }`;
const LIST = `query($id: ID!) { premisesViewingBookings(premisesId: $id) { id slotId personName personEmail organization { name } } }`;
const CANCEL = `mutation($t: String!) { cancelPremisesViewingByToken(token: $t) { id cancelledAt } }`;

const inHours = (h: number) => new Date(Date.now() + h * 3600_000);
const slotInput = (over: Record<string, unknown> = {}) => ({ premisesId, startsAt: inHours(72), endsAt: inHours(73), place: "Wejście od ul. Szerokiej", capacity: CAPACITY, ...over });

async function newSlot(over: Record<string, unknown> = {}): Promise<string> {
  return ok(await gql(db.ds, CREATE, { i: slotInput(over) }, official.id)).createPremisesViewingSlot.id;
}

const liveBookings = (slotId: string) => db.ds.getRepository(PremisesViewingBooking).count({ where: { slotId, cancelledAt: IsNull() } });

describe("publishing slots", () => {
  it("a slot of premises deleted at that very moment is NOT_FOUND, and nothing is stored", async () => {
    const repo = db.ds.getRepository(Premises);
    const doomed = (await repo.save(repo.create({ address: "ul. Mostowa 2", district: "Stare Miasto", areaM2: 30, monthlyRent: 900, ownerId: official.id }))).id;
    // The deletion is not committed when the official's request reads the premises.
    const late = await afterOtherCommits(
      db.ds,
      (other) => other.query(`DELETE FROM premises WHERE id = $1`, [doomed]),
      () => gql(db.ds, CREATE, { i: slotInput({ premisesId: doomed }) }, official.id),
    );
    expect(errorCode(late)).toBe("NOT_FOUND");
    expect(await db.ds.getRepository(PremisesViewingSlot).countBy({ premisesId: doomed })).toBe(0);
  });

  it("lets the official in charge and an admin publish; another official is FORBIDDEN", async () => {
    expect(ok(await gql(db.ds, CREATE, { i: slotInput() }, official.id)).createPremisesViewingSlot).toMatchObject({ capacity: CAPACITY, bookedCount: 0 });
    ok(await gql(db.ds, CREATE, { i: slotInput() }, admin.id));
    expect(errorCode(await gql(db.ds, CREATE, { i: slotInput() }, official2.id))).toBe("FORBIDDEN");
  });

  it("refuses a slot in the past, ending before it starts, or with no capacity", async () => {
    const before = await db.ds.getRepository(PremisesViewingSlot).count();
    for (const bad of [{ startsAt: inHours(-1), endsAt: inHours(1) }, { endsAt: inHours(71) }, { capacity: 0 }, { capacity: 101 }, { place: " " }]) {
      expect(errorCode(await gql(db.ds, CREATE, { i: slotInput(bad) }, official.id))).toBe("BAD_USER_INPUT");
    }
    expect(await db.ds.getRepository(PremisesViewingSlot).count()).toBe(before);
  });
});

describe("booking", () => {
  it("books a resident and a verified PES member, mails the calendar file and the cancel link, and refuses a second booking", async () => {
    const id = await newSlot();
    expect(ok(await gql(db.ds, BOOK, { id }, resident.id)).bookPremisesViewing.slot).toMatchObject({ bookedCount: 1, bookedByMe: true });
    ok(await gql(db.ds, BOOK, { id }, pes.id));
    expect(errorCode(await gql(db.ds, BOOK, { id }, resident.id))).toBe("CONFLICT");
    const mail = await db.ds.getRepository(MailMessage).findOneByOrFail({ to: resident.email, template: "premises.viewing.confirmation" });
    expect(mail.attachments[0].contentType).toContain("text/calendar");
    const ics = Buffer.from(mail.attachments[0].content, "base64").toString();
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain("ul. Szeroka 12");
    expect(mail.text).toMatch(/\/premises\/viewings\/cancel\?token=[A-Za-z0-9_-]{20,}/);
  });

  it("refuses officials and admins (they run viewings, not attend them); a member of an unverified PES books as the resident they are", async () => {
    const id = await newSlot();
    expect(errorCode(await gql(db.ds, BOOK, { id }, official2.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, BOOK, { id }, admin.id))).toBe("FORBIDDEN");
    expect(await liveBookings(id)).toBe(0);
    ok(await gql(db.ds, BOOK, { id }, unverifiedPes.id));
    const row = await db.ds.getRepository(PremisesViewingBooking).findOneByOrFail({ slotId: id });
    expect(row.organizationId).toBeNull();
  });

  it("a full slot is CONFLICT", async () => {
    const id = await newSlot({ capacity: 1 });
    ok(await gql(db.ds, BOOK, { id }, resident.id));
    expect(errorCode(await gql(db.ds, BOOK, { id }, pes.id))).toBe("CONFLICT");
    expect(await liveBookings(id)).toBe(1);
  });
});

describe("a full slot under concurrency", () => {
  async function stampede(id: string) {
    const results = await Promise.all(crowd.map((u) => gql(db.ds, BOOK, { id }, u.id)));
    return { codes: results.map(errorCode), booked: await liveBookings(id) };
  }

  it(`books exactly ${CAPACITY} of ${CROWD} simultaneous requests; the rest are CONFLICT`, async () => {
    const id = await newSlot();
    const { codes, booked } = await stampede(id);
    expect(booked).toBe(CAPACITY);
    expect(codes.filter((c) => c === undefined)).toHaveLength(CAPACITY);
    expect(codes.filter((c) => c === "CONFLICT")).toHaveLength(CROWD - CAPACITY);
  });

  it("control: without the slot's row lock the same stampede overbooks, so the test above can fail", async () => {
    setViewingLockingForTests(false);
    try {
      const id = await newSlot();
      const { booked } = await stampede(id);
      console.info(`control run: ${booked} bookings for ${CAPACITY} places`);
      expect(booked).toBeGreaterThan(CAPACITY);
    } finally {
      setViewingLockingForTests(true);
    }
  });
});

describe("the official's list, the reminder and the cancel link", () => {
  it("shows the official in charge who booked each slot; another official is FORBIDDEN", async () => {
    const id = await newSlot();
    ok(await gql(db.ds, BOOK, { id }, pes.id));
    const list = ok(await gql(db.ds, LIST, { id: premisesId }, official.id)).premisesViewingBookings;
    expect(list.find((b: { slotId: string }) => b.slotId === id)).toMatchObject({ personName: pes.name, personEmail: pes.email });
    expect(list.find((b: { slotId: string }) => b.slotId === id).organization.name).toBeTruthy();
    expect(errorCode(await gql(db.ds, LIST, { id: premisesId }, official2.id))).toBe("FORBIDDEN");
    // The public list of slots shows counts, never people.
    const slots = ok(await gql(db.ds, SLOTS, { id: premisesId }, resident.id)).premisesViewingSlots;
    expect(slots.find((s: { id: string }) => s.id === id)).toMatchObject({ bookedCount: 1, bookedByMe: false });
  });

  it("reminds once the day before, even when two nodes run the job at once", async () => {
    const id = await newSlot({ startsAt: inHours(20), endsAt: inHours(21) });
    const later = await newSlot({ startsAt: inHours(50), endsAt: inHours(51) });
    ok(await gql(db.ds, BOOK, { id }, resident.id));
    ok(await gql(db.ds, BOOK, { id: later }, resident.id));
    await Promise.all([sendViewingReminders(db.ds), sendViewingReminders(db.ds)]);
    await sendViewingReminders(db.ds);
    const reminders = await db.ds.getRepository(MailMessage).findBy({ to: resident.email, template: "premises.viewing.reminder" });
    expect(reminders).toHaveLength(1);
    expect(reminders[0].text).toContain("ul. Szeroka 12");
  });

  it("the cancel link frees the place; a second click changes nothing; a forged token is NOT_FOUND", async () => {
    const id = await newSlot({ capacity: 1 });
    ok(await gql(db.ds, BOOK, { id }, resident.id));
    const booking = await db.ds.getRepository(PremisesViewingBooking).findOneByOrFail({ slotId: id, userId: resident.id });
    const first = ok(await gql(db.ds, CANCEL, { t: booking.cancelToken }, null)).cancelPremisesViewingByToken;
    expect(first.cancelledAt).toBeTruthy();
    expect(ok(await gql(db.ds, CANCEL, { t: booking.cancelToken }, null)).cancelPremisesViewingByToken.cancelledAt).toEqual(first.cancelledAt);
    expect(errorCode(await gql(db.ds, CANCEL, { t: "x".repeat(32) }, null))).toBe("NOT_FOUND");
    ok(await gql(db.ds, BOOK, { id }, pes.id));
    expect(await liveBookings(id)).toBe(1);
  });
});
