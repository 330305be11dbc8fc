import { Premises } from "../../../entities/premises";
import { Role, type User } from "../../../entities/users";
import { createPesMember, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

/**
 * The trace of premises actions in Moje sprawy: one's own viewing bookings and letting
 * applications, never another person's (a colleague of the same organisation included).
 */
let db: TestDb;
let official: User, resident: User, pesA: User, colleague: User, pesB: User;

beforeAll(async () => {
  db = await createTestDb();
  official = await createUser(db.ds, { role: Role.OFFICIAL });
  resident = await createUser(db.ds, { role: Role.RESIDENT });
  const a = await createPesMember(db.ds);
  pesA = a.user;
  colleague = (await createPesMember(db.ds, a.organization)).user;
  pesB = (await createPesMember(db.ds)).user;
});
afterAll(() => db.drop());

const SLOT = `mutation($i: PremisesViewingSlotInput!) { createPremisesViewingSlot(input: $i) { id } }`;
const BOOK = `mutation($id: ID!) { bookPremisesViewing(slotId: $id) { id } }`;
const OPEN = `mutation($i: PremisesLettingRoundInput!) { openPremisesLettingRound(input: $i) { id } }`;
const APPLY = `mutation($i: PremisesLettingApplicationInput!) { applyToPremisesLettingRound(input: $i) { id } }`;
const MINE = `{
  myPremisesViewingBookings { id cancelledAt slot { startsAt place } premises { id address } }
  myPremisesLettingApplications { id proposedRent awarded round { id status } premises { id address } }
}`;

const inHours = (h: number) => new Date(Date.now() + h * 3600_000);

async function newPremises(address: string): Promise<string> {
  const repo = db.ds.getRepository(Premises);
  return (await repo.save(repo.create({ address, district: "Stare Miasto", areaM2: 50, monthlyRent: 2000, ownerId: official.id }))).id;
}

async function newSlot(premisesId: string): Promise<string> {
  const i = { premisesId, startsAt: inHours(48), endsAt: inHours(49), place: "Brama od podwórza", capacity: 5 };
  return ok(await gql(db.ds, SLOT, { i }, official.id)).createPremisesViewingSlot.id;
}

async function newRound(premisesId: string): Promise<string> {
  const i = { premisesId, deadline: inHours(24 * 7), minimumRent: 1000 };
  return ok(await gql(db.ds, OPEN, { i }, official.id)).openPremisesLettingRound.id;
}

const apply = async (roundId: string, user: User, rent: number): Promise<string> =>
  ok(await gql(db.ds, APPLY, { i: { roundId, proposedRent: rent, intendedUse: "Pracownia spółdzielni socjalnej" } }, user.id)).applyToPremisesLettingRound.id;

describe("Moje sprawy: premises viewings and letting applications", () => {
  it("lists the person's own viewing bookings and applications, with the premises, and never another's", async () => {
    const p1 = await newPremises("ul. Ślad 1");
    const p2 = await newPremises("ul. Ślad 2");
    const slot1 = await newSlot(p1);
    const slot2 = await newSlot(p2);
    const mine = ok(await gql(db.ds, BOOK, { id: slot1 }, pesA.id)).bookPremisesViewing.id;
    const theirs = ok(await gql(db.ds, BOOK, { id: slot1 }, resident.id)).bookPremisesViewing.id;
    ok(await gql(db.ds, BOOK, { id: slot2 }, colleague.id));
    const round1 = await newRound(p1);
    const round2 = await newRound(p2);
    const myApplication = await apply(round1, pesA, 1500);
    // The colleague applies for the same organisation in another round: theirs, not pesA's.
    await apply(round2, colleague, 1200);
    await apply(round1, pesB, 1800);

    const a = ok(await gql(db.ds, MINE, {}, pesA.id));
    expect(a.myPremisesViewingBookings.map((b: { id: string }) => b.id)).toEqual([mine]);
    expect(a.myPremisesViewingBookings[0]).toMatchObject({ cancelledAt: null, slot: { place: "Brama od podwórza" }, premises: { id: p1, address: "ul. Ślad 1" } });
    expect(a.myPremisesLettingApplications).toEqual([
      { id: myApplication, proposedRent: 1500, awarded: false, round: { id: round1, status: "OPEN" }, premises: { id: p1, address: "ul. Ślad 1" } },
    ]);

    const r = ok(await gql(db.ds, MINE, {}, resident.id));
    expect(r.myPremisesViewingBookings.map((b: { id: string }) => b.id)).toEqual([theirs]);
    expect(r.myPremisesLettingApplications).toEqual([]);

    const o = ok(await gql(db.ds, MINE, {}, official.id));
    expect(o).toEqual({ myPremisesViewingBookings: [], myPremisesLettingApplications: [] });
  });

  it("refuses the anonymous", async () => {
    const res = await gql(db.ds, MINE, {});
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("the official is told of a viewing booking", () => {
  const notes = (userId: string) => db.ds.query(`SELECT kind, title, link FROM notifications WHERE user_id = $1 ORDER BY created_at`, [userId]);

  it("notifies the official in charge, not the person who booked; a refused booking notifies nobody", async () => {
    const teller = await createUser(db.ds, { role: Role.OFFICIAL });
    const booker = await createUser(db.ds, { role: Role.RESIDENT });
    const late = await createUser(db.ds, { role: Role.RESIDENT });
    const repo = db.ds.getRepository(Premises);
    const premisesId = (await repo.save(repo.create({ address: "ul. Dzwonek 3", district: "Mokre", areaM2: 40, monthlyRent: 1500, ownerId: teller.id }))).id;
    const i = { premisesId, startsAt: inHours(30), endsAt: inHours(31), place: "Klatka B", capacity: 1 };
    const slotId = ok(await gql(db.ds, SLOT, { i }, teller.id)).createPremisesViewingSlot.id;

    ok(await gql(db.ds, BOOK, { id: slotId }, booker.id));
    expect(await notes(teller.id)).toEqual([{ kind: "VIEWING_BOOKED", title: "Zapis na oglądanie lokalu: ul. Dzwonek 3", link: `/premises/${premisesId}` }]);
    expect(await notes(booker.id)).toEqual([]);

    // The slot is full: CONFLICT, and nothing more for anyone.
    expect((await gql(db.ds, BOOK, { id: slotId }, late.id)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await notes(teller.id)).toHaveLength(1);
    expect(await notes(late.id)).toEqual([]);
  });

  it("notifies nobody for a letting application: applications are sealed until the deadline, even to the official", async () => {
    const p = await newPremises("ul. Pieczęć 5");
    const round = await newRound(p);
    const before = (await notes(official.id)).length;
    await apply(round, pesB, 2100);
    expect(await notes(official.id)).toHaveLength(before);
    expect(await notes(pesB.id)).toEqual([]);
  });
});
