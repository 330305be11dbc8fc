import { LettingRoundStatus, Premises, PremisesLettingApplication, PremisesLettingRound, PremisesStatus } from "../../../entities/premises";
import { MailMessage } from "../../../entities/system";
import { Role, type User } from "../../../entities/users";
import { createOrganization, createPesMember, createUsers } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";

/**
 * Letting rounds: only the official in charge (or an admin) opens, awards and closes;
 * verified PES apply; applications are sealed until the deadline by the rule shared with
 * offers on demands — every query that can return an application or its count is read
 * here before the deadline, by every kind of viewer; the award makes the result public
 * and the premises RESERVED, then RENTED when the official marks it.
 */

let db: TestDb;
let official: User, official2: User, admin: User, resident: User, pesA: User, pesB: User, unverified: User;
let orgAName: string, orgAId: string;

beforeAll(async () => {
  db = await createTestDb();
  [official, official2, admin, resident] = await createUsers(db.ds, Role.OFFICIAL, Role.OFFICIAL, Role.ADMIN, Role.RESIDENT);
  const a = await createPesMember(db.ds);
  pesA = a.user;
  orgAName = a.organization.name;
  orgAId = a.organization.id;
  pesB = (await createPesMember(db.ds)).user;
  unverified = (await createPesMember(db.ds, await createOrganization(db.ds, { verified: false }))).user;
});
afterAll(() => db.drop());

const OPEN = `mutation($i: PremisesLettingRoundInput!) { openPremisesLettingRound(input: $i) { id status minimumRent preferentialRent } }`;
const APPLY = `mutation($i: PremisesLettingApplicationInput!) { applyToPremisesLettingRound(input: $i) { id proposedRent } }`;
const ROUND = `query($id: ID!) { premisesLettingRound(id: $id) { id status applicationCount applications { id organizationId proposedRent } result { organizationName rent } } }`;
const ROUNDS = `query($id: ID!) { premisesLettingRounds(premisesId: $id) { id applicationCount applications { id } result { organizationName rent } } }`;
const AWARD = `mutation($r: ID!, $a: ID!) { awardPremisesLettingRound(roundId: $r, applicationId: $a) { id status result { organizationName rent } } }`;
const CLOSE = `mutation($r: ID!) { closePremisesLettingRound(roundId: $r) { id status result { rent } } }`;
const RENTED = `mutation($id: ID!) { markPremisesRented(premisesId: $id) { id status } }`;
const PREMISES = `query($id: ID!) { premises(id: $id) { id status } }`;

async function newPremises(): Promise<string> {
  const repo = db.ds.getRepository(Premises);
  return (await repo.save(repo.create({ address: "ul. Mostowa 7", district: "Stare Miasto", areaM2: 80, monthlyRent: 3000, ownerId: official.id }))).id;
}

async function openRound(premisesId: string): Promise<string> {
  return ok(await gql(db.ds, OPEN, { i: { premisesId, deadline: new Date(Date.now() + 7 * 86400_000), minimumRent: 1000, preferentialRent: true, permittedUse: "usługi", documents: "KRS, statut" } }, official.id)).openPremisesLettingRound.id;
}

const apply = (roundId: string, user: User, rent: number) =>
  gql(db.ds, APPLY, { i: { roundId, proposedRent: rent, intendedUse: "Kawiarnia spółdzielni socjalnej", attachments: ["https://example.org/statut.pdf"] } }, user.id);

/** Moves a round's deadline into the past (the clock of the database decides the seal). */
const passDeadline = (roundId: string) => db.ds.query(`UPDATE premises_letting_rounds SET deadline = now() - interval '1 minute' WHERE id = $1`, [roundId]);

describe("opening a round", () => {
  it("the official in charge and an admin open rounds; another official, residents and PES are refused; one open round per premises", async () => {
    const premisesId = await newPremises();
    const input = { premisesId, deadline: new Date(Date.now() + 86400_000), minimumRent: 500 };
    expect(errorCode(await gql(db.ds, OPEN, { i: input }, official2.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, OPEN, { i: input }, resident.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, OPEN, { i: input }, pesA.id))).toBe("FORBIDDEN");
    expect(ok(await gql(db.ds, OPEN, { i: input }, official.id)).openPremisesLettingRound).toMatchObject({ status: "OPEN", minimumRent: 500 });
    expect(errorCode(await gql(db.ds, OPEN, { i: input }, admin.id))).toBe("CONFLICT");
    expect(errorCode(await gql(db.ds, OPEN, { i: { ...input, premisesId: await newPremises(), deadline: new Date(Date.now() - 1000) } }, admin.id))).toBe("BAD_USER_INPUT");
  });
});

describe("applying", () => {
  it("verified PES apply once each, at no less than the minimum rent; others are refused", async () => {
    const roundId = await openRound(await newPremises());
    ok(await apply(roundId, pesA, 1500));
    expect(errorCode(await apply(roundId, pesA, 1600))).toBe("CONFLICT");
    expect(errorCode(await apply(roundId, pesB, 999))).toBe("BAD_USER_INPUT");
    expect(errorCode(await apply(roundId, unverified, 1500))).toBe("FORBIDDEN");
    expect(errorCode(await apply(roundId, resident, 1500))).toBe("FORBIDDEN");
    expect(errorCode(await apply(roundId, official, 1500))).toBe("FORBIDDEN");
    expect(await db.ds.getRepository(PremisesLettingApplication).countBy({ roundId })).toBe(1);
  });

  it("two applications of one organisation at once (a double click): one is stored, the other is CONFLICT", async () => {
    const roundId = await openRound(await newPremises());
    const receipts = () => db.ds.getRepository(MailMessage).countBy({ template: "premises.letting.received" });
    const receiptsBefore = await receipts();
    // The other application is written but not committed: the request's check cannot see
    // it, and its insert waits on the unique index until the other commits.
    const second = await afterOtherCommits(
      db.ds,
      (other) =>
        other.query(
          `INSERT INTO premises_letting_applications (round_id, organization_id, user_id, proposed_rent, intended_use) VALUES ($1, $2, $3, 1500, 'Kawiarnia spółdzielni socjalnej')`,
          [roundId, orgAId, pesA.id],
        ),
      () => apply(roundId, pesA, 1600),
    );
    expect(errorCode(second)).toBe("CONFLICT");
    expect(await db.ds.getRepository(PremisesLettingApplication).findBy({ roundId })).toEqual([expect.objectContaining({ proposedRent: 1500 })]);
    expect(await receipts()).toBe(receiptsBefore);
  });

  it("after the deadline an application is FORBIDDEN", async () => {
    const roundId = await openRound(await newPremises());
    await passDeadline(roundId);
    expect(errorCode(await apply(roundId, pesA, 1500))).toBe("FORBIDDEN");
  });
});

describe("the seal before the deadline (every query that can show applications)", () => {
  it("shows each organisation only its own application and nobody — not the official in charge, not an admin — any other or any count", async () => {
    const premisesId = await newPremises();
    const roundId = await openRound(premisesId);
    const a = ok(await apply(roundId, pesA, 1500)).applyToPremisesLettingRound.id;
    const b = ok(await apply(roundId, pesB, 1800)).applyToPremisesLettingRound.id;
    const seen = async (user: User | null) => {
      const one = ok(await gql(db.ds, ROUND, { id: roundId }, user?.id ?? null)).premisesLettingRound;
      const all = ok(await gql(db.ds, ROUNDS, { id: premisesId }, user?.id ?? null)).premisesLettingRounds[0];
      expect(all.applications.map((x: { id: string }) => x.id)).toEqual(one.applications.map((x: { id: string }) => x.id));
      expect([one.applicationCount, all.applicationCount, one.result]).toEqual([null, null, null]);
      return one.applications.map((x: { id: string }) => x.id);
    };
    expect(await seen(pesA)).toEqual([a]);
    expect(await seen(pesB)).toEqual([b]);
    for (const u of [official, official2, admin, resident, unverified, null]) expect(await seen(u)).toEqual([]);
    // The award is refused before the deadline too (it would reveal the choice early).
    expect(errorCode(await gql(db.ds, AWARD, { r: roundId, a }, official.id))).toBe("FORBIDDEN");
  });

  it("after the deadline the official in charge and admins see all of them with the count; organisations still only their own", async () => {
    const premisesId = await newPremises();
    const roundId = await openRound(premisesId);
    const a = ok(await apply(roundId, pesA, 1500)).applyToPremisesLettingRound.id;
    const b = ok(await apply(roundId, pesB, 1800)).applyToPremisesLettingRound.id;
    await passDeadline(roundId);
    for (const u of [official, admin]) {
      const r = ok(await gql(db.ds, ROUND, { id: roundId }, u.id)).premisesLettingRound;
      expect(r.applications.map((x: { id: string }) => x.id)).toEqual([b, a]);
      expect(r.applicationCount).toBe(2);
    }
    expect(ok(await gql(db.ds, ROUND, { id: roundId }, pesA.id)).premisesLettingRound.applications.map((x: { id: string }) => x.id)).toEqual([a]);
    expect(ok(await gql(db.ds, ROUND, { id: roundId }, official2.id)).premisesLettingRound.applications).toEqual([]);
    expect(ok(await gql(db.ds, ROUND, { id: roundId }, resident.id)).premisesLettingRound.applications).toEqual([]);
  });
});

describe("deciding", () => {
  it("the award makes the result public and the premises RESERVED, then RENTED when the official marks it", async () => {
    const premisesId = await newPremises();
    const roundId = await openRound(premisesId);
    const a = ok(await apply(roundId, pesA, 1500)).applyToPremisesLettingRound.id;
    ok(await apply(roundId, pesB, 1800));
    await passDeadline(roundId);
    expect(errorCode(await gql(db.ds, AWARD, { r: roundId, a }, official2.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, RENTED, { id: premisesId }, official.id))).toBe("CONFLICT");
    const awarded = ok(await gql(db.ds, AWARD, { r: roundId, a }, official.id)).awardPremisesLettingRound;
    expect(awarded).toMatchObject({ status: "AWARDED", result: { organizationName: orgAName, rent: 1500 } });
    expect(ok(await gql(db.ds, PREMISES, { id: premisesId }, null)).premises.status).toBe("RESERVED");
    // Public: anyone sees who won and at what rent, but still no other application.
    const pub = ok(await gql(db.ds, ROUNDS, { id: premisesId }, null)).premisesLettingRounds[0];
    expect(pub.result).toEqual({ organizationName: orgAName, rent: 1500 });
    expect(pub.applications).toEqual([]);
    expect(errorCode(await gql(db.ds, AWARD, { r: roundId, a }, official.id))).toBe("CONFLICT");
    expect(errorCode(await gql(db.ds, RENTED, { id: premisesId }, official2.id))).toBe("FORBIDDEN");
    expect(ok(await gql(db.ds, RENTED, { id: premisesId }, official.id)).markPremisesRented.status).toBe("RENTED");
    expect((await db.ds.getRepository(Premises).findOneByOrFail({ id: premisesId })).status).toBe(PremisesStatus.RENTED);
  });

  it("an application of another round cannot be awarded", async () => {
    const r1 = await openRound(await newPremises());
    const r2 = await openRound(await newPremises());
    const other = ok(await apply(r2, pesA, 1500)).applyToPremisesLettingRound.id;
    await passDeadline(r1);
    expect(errorCode(await gql(db.ds, AWARD, { r: r1, a: other }, official.id))).toBe("NOT_FOUND");
    expect((await db.ds.getRepository(PremisesLettingRound).findOneByOrFail({ id: r1 })).status).toBe(LettingRoundStatus.OPEN);
  });

  it("closing without a choice leaves no result and the premises AVAILABLE; a closed round takes no award", async () => {
    const premisesId = await newPremises();
    const roundId = await openRound(premisesId);
    const a = ok(await apply(roundId, pesA, 1500)).applyToPremisesLettingRound.id;
    expect(errorCode(await gql(db.ds, CLOSE, { r: roundId }, official2.id))).toBe("FORBIDDEN");
    expect(ok(await gql(db.ds, CLOSE, { r: roundId }, official.id)).closePremisesLettingRound).toMatchObject({ status: "CLOSED", result: null });
    await passDeadline(roundId);
    expect(errorCode(await gql(db.ds, AWARD, { r: roundId, a }, official.id))).toBe("CONFLICT");
    expect(ok(await gql(db.ds, PREMISES, { id: premisesId }, null)).premises.status).toBe("AVAILABLE");
  });

  it("e-mails each applicant a receipt, then the decision — chosen or not, with the public result and never a rival's sealed rent", async () => {
    const premisesId = await newPremises();
    const roundId = await openRound(premisesId);
    const a = ok(await apply(roundId, pesA, 1500)).applyToPremisesLettingRound.id;
    ok(await apply(roundId, pesB, 1777));
    const mails = async (to: User) => (await db.ds.getRepository(MailMessage).findBy({ to: to.email.toLowerCase() })).filter((m) => m.dedupeKey?.includes(roundId) || m.text.includes(premisesId));
    const receiptA = (await mails(pesA)).find((m) => m.template === "premises.letting.received")!;
    expect(receiptA.text).toContain("1500");
    expect(receiptA.text).not.toContain("1777");
    await passDeadline(roundId);
    ok(await gql(db.ds, AWARD, { r: roundId, a }, official.id));
    const chosen = (await mails(pesA)).filter((m) => m.template === "premises.letting.chosen");
    const lost = (await mails(pesB)).filter((m) => m.template === "premises.letting.decided");
    expect(chosen).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].text).toContain(orgAName);
    // The loser learns the public result; the winner never reads the loser's rent.
    expect(chosen[0].text).not.toContain("1777");
  });

  it("tells every applicant when a round is closed without a choice", async () => {
    const roundId = await openRound(await newPremises());
    ok(await apply(roundId, pesB, 1200));
    ok(await gql(db.ds, CLOSE, { r: roundId }, official.id));
    const decided = await db.ds.getRepository(MailMessage).findBy({ to: pesB.email.toLowerCase(), template: "premises.letting.decided" });
    expect(decided.filter((m) => m.dedupeKey?.startsWith(`letting-round:${roundId}`))).toHaveLength(1);
  });
});

describe("awarding while the premises are deleted", () => {
  /**
   * Deleting premises locks them, then (its cascade) their rounds. An award that locked the
   * round first and the premises second deadlocked with it (a 500); it now takes the
   * premises first, so it waits without holding the round and finds nothing left.
   */
  it("an award while the premises are being deleted waits without holding the round, then is NOT_FOUND", async () => {
    const premisesId = await newPremises();
    const roundId = await openRound(premisesId);
    const a = ok(await apply(roundId, pesA, 1500)).applyToPremisesLettingRound.id;
    await passDeadline(roundId);
    const answer = await afterOtherCommits(
      db.ds,
      // What deletePremises's DELETE locks first…
      (other) => other.query(`SELECT id FROM premises WHERE id = $1 FOR UPDATE`, [premisesId]),
      () => gql(db.ds, AWARD, { r: roundId, a }, official.id),
      // …and then, through its cascade, the round: it must not be held by the award.
      (other) => other.query(`SELECT id FROM premises_letting_rounds WHERE id = $1 FOR UPDATE NOWAIT`, [roundId]).then(() => other.query(`DELETE FROM premises WHERE id = $1`, [premisesId])),
    );
    expect(errorCode(answer)).toBe("NOT_FOUND");
    expect(await db.ds.getRepository(PremisesLettingRound).countBy({ premisesId })).toBe(0);
  });
});
