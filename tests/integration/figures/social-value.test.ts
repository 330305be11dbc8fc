import { Demand, DemandStatus, EquipmentNotice, ItemRequest, ItemRequestStatus, NoticeKind } from "../../../entities/marketplace";
import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createPesMember, createUser } from "../../factories";
import { future, makeDemand, makeNotice, makeOffer, past } from "../marketplace/marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const PERIOD = { from: "2031-01-01T00:00:00+01:00", to: "2031-12-31T23:59:59+01:00" };
const FIGURES = `query($p: FiguresPeriod) { programmeFigures(period: $p) { socialValue {
  year spendWithPes demandsAwarded demandsPosted clauseNone clauseReservedContract clauseEmployment clauseOtherSocial demandsWithoutOffer itemsReused itemsReusedValue loansHandedOver } } }`;
const DETAIL = `query($p: FiguresPeriod) { programmeFiguresDetail(period: $p) { demandsWithoutOffer { id title clauseType } } }`;
const IN_2031 = new Date("2031-06-15T10:00:00Z");

describe("the social value of the programme", () => {
  it("counts spend with PES (awarded prices only), demands by clause type, demands without an offer (never open ones) and items reused, per year", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const a = await createPesMember(db.ds);
    const b = await createPesMember(db.ds);
    // Created in 2031 (the deadline of an open one lies in the future: its lack of offers is sealed).
    const awarded = await makeDemand(db.ds, official, past(), { createdAt: IN_2031, clauseType: undefined, socialClause: true });
    const won = await makeOffer(db.ds, awarded.id, a.organization.id, a.user, 1500.5);
    await makeOffer(db.ds, awarded.id, b.organization.id, b.user, 999);
    await db.ds.getRepository(Demand).update({ id: awarded.id }, { status: DemandStatus.AWARDED, awardedOfferId: won.id, decidedAt: IN_2031 });
    const empty = await makeDemand(db.ds, official, past(), { createdAt: IN_2031, socialClause: false, title: "Nikt nie odpowiedział" });
    await db.ds.getRepository(Demand).update({ id: empty.id }, { clauseType: undefined });
    const openEmpty = await makeDemand(db.ds, official, future(), { createdAt: IN_2031, socialClause: false });
    await db.ds.query(`UPDATE demands SET clause_type = 'EMPLOYMENT_CLAUSE', social_clause = true WHERE id = $1`, [openEmpty.id]);
    // Two give-aways handed over in 2031, one with its owner's estimate of its value.
    const requester = await createUser(db.ds);
    for (const estimatedValue of [250.5, null]) {
      const notice = await makeNotice(db.ds, { userId: a.user.id, organizationId: a.organization.id }, { kind: NoticeKind.GIVE_AWAY });
      await db.ds.getRepository(EquipmentNotice).update({ id: notice.id }, { estimatedValue });
      await db.ds.getRepository(ItemRequest).insert({ noticeId: notice.id, requesterId: requester.id, message: "Poproszę", status: ItemRequestStatus.ACCEPTED, handedOverAt: IN_2031 });
    }

    const [year] = ok(await gql(db.ds, FIGURES, { p: PERIOD })).programmeFigures.socialValue;
    expect(year).toEqual({
      year: 2031,
      spendWithPes: 1500.5,
      demandsAwarded: 1,
      demandsPosted: 3,
      clauseNone: 1,
      clauseReservedContract: 1,
      clauseEmployment: 1,
      clauseOtherSocial: 0,
      demandsWithoutOffer: 1,
      itemsReused: 2,
      itemsReusedValue: 250.5,
      loansHandedOver: 0,
    });

    const staff = await createUser(db.ds, { role: Role.OFFICIAL });
    const followUp = ok(await gql(db.ds, DETAIL, { p: PERIOD }, staff.id)).programmeFiguresDetail.demandsWithoutOffer;
    expect(followUp).toEqual([{ id: empty.id, title: "Nikt nie odpowiedział", clauseType: "NONE" }]);
    expect(errorCode(await gql(db.ds, DETAIL, { p: PERIOD }, a.user.id))).toBe("FORBIDDEN");
  });
});

describe("the estimated value of a notice", () => {
  const CREATE = `mutation($input: EquipmentNoticeInput!) { createEquipmentNotice(input: $input) { id estimatedValue } }`;
  it("is optional, kept to the grosz, and refused (BAD_USER_INPUT, nothing written) when negative, too large or finer than a grosz", async () => {
    const owner = await createUser(db.ds);
    const made = ok(await gql(db.ds, CREATE, { input: { kind: "GIVE_AWAY", title: "Regał", estimatedValue: 120.5 } }, owner.id)).createEquipmentNotice;
    expect(made.estimatedValue).toBe(120.5);
    expect(ok(await gql(db.ds, CREATE, { input: { kind: "GIVE_AWAY", title: "Krzesło" } }, owner.id)).createEquipmentNotice.estimatedValue).toBeNull();
    const before = await db.ds.getRepository(EquipmentNotice).countBy({ ownerUserId: owner.id });
    for (const estimatedValue of [-1, 1_000_000.01, 10.001]) {
      const r = await gql(db.ds, CREATE, { input: { kind: "GIVE_AWAY", title: "Stół", estimatedValue } }, owner.id);
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(Object.keys(r.errors![0].extensions!.fields!)).toContain("estimatedValue");
    }
    expect(await db.ds.getRepository(EquipmentNotice).countBy({ ownerUserId: owner.id })).toBe(before);
  });
});
