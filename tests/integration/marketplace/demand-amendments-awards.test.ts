import { Demand, DemandAmendment, DemandStatus } from "../../../entities/marketplace";
import { MailMessage } from "../../../entities/system";
import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createOrganization, createPesMember, createUser } from "../../factories";
import { future, HOUR, makeDemand, makeOffer, past } from "./marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const AMEND = `mutation($id: ID!, $input: DemandAmendmentInput!) { amendDemand(id: $id, input: $input) { id description deadline amendments { note descriptionChanged previousDeadline newDeadline } } }`;
const CREATE = `mutation($input: DemandInput!) { createDemand(input: $input) { id socialClause clauseType cpvCode } }`;

describe("amendDemand", () => {
  it("refuses to shorten the deadline once an offer is in (CONFLICT), and changes nothing", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const deadline = new Date(Date.now() + 72 * HOUR);
    const demand = await makeDemand(db.ds, official, deadline);
    const pes = await createPesMember(db.ds);
    await makeOffer(db.ds, demand.id, pes.organization.id, pes.user);
    const r = await gql(db.ds, AMEND, { id: demand.id, input: { note: "Skracamy termin", deadline: new Date(Date.now() + 24 * HOUR).toISOString() } }, official.id);
    expect(errorCode(r)).toBe("CONFLICT");
    expect((await db.ds.getRepository(Demand).findOneByOrFail({ id: demand.id })).deadline.getTime()).toBe(deadline.getTime());
    expect(await db.ds.getRepository(DemandAmendment).countBy({ demandId: demand.id })).toBe(0);
  });

  it("shortens a deadline while there are no offers, and extends one with offers, e-mailing those who offered once per change", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const deadline = new Date(Date.now() + 72 * HOUR);
    const empty = await makeDemand(db.ds, official, deadline);
    const shorter = new Date(Date.now() + 48 * HOUR);
    ok(await gql(db.ds, AMEND, { id: empty.id, input: { note: "Krótszy termin", deadline: shorter.toISOString() } }, official.id));

    const demand = await makeDemand(db.ds, official, deadline, { description: "Stary opis" });
    const pes = await createPesMember(db.ds);
    await makeOffer(db.ds, demand.id, pes.organization.id, pes.user);
    const later = new Date(Date.now() + 96 * HOUR);
    const d = ok(await gql(db.ds, AMEND, { id: demand.id, input: { note: "Dłuższy termin, nowy opis", description: "Nowy opis", deadline: later.toISOString() } }, official.id)).amendDemand;
    expect(d.description).toBe("Nowy opis");
    expect(d.amendments).toEqual([
      { note: "Dłuższy termin, nowy opis", descriptionChanged: true, previousDeadline: deadline, newDeadline: later },
    ]);
    // Public: an anonymous reader sees the history.
    expect(ok(await gql(db.ds, `query($id: ID!) { demand(id: $id) { amendments { note } } }`, { id: demand.id })).demand.amendments).toHaveLength(1);
    const sent = await db.ds.getRepository(MailMessage).findBy({ template: "marketplace.demand-amended" });
    expect(sent.filter((m) => m.text.includes(demand.id)).map((m) => m.to).sort()).toEqual(
      [pes.user.email, pes.organization.email].filter((e): e is string => !!e).map((e) => e.toLowerCase()).sort(),
    );
    // The bidder may replace their offer after the change.
    ok(await gql(db.ds, `mutation($id: ID!) { submitOffer(demandId: $id, input: { price: 900, message: "Nowa oferta" }) { id } }`, { id: demand.id }, pes.user.id));
  });

  it("is for the posting official and admins, before the deadline, with a valid note and a future deadline", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const other = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, future());
    const closed = await makeDemand(db.ds, official, past());
    expect(errorCode(await gql(db.ds, AMEND, { id: demand.id, input: { note: "Zmiana" } }, other.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, AMEND, { id: closed.id, input: { note: "Zmiana" } }, official.id))).toBe("CONFLICT");
    expect(errorCode(await gql(db.ds, AMEND, { id: demand.id, input: { note: "  " } }, official.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, AMEND, { id: demand.id, input: { note: "Zmiana", deadline: past().toISOString() } }, official.id))).toBe("BAD_USER_INPUT");
    expect(await db.ds.getRepository(DemandAmendment).countBy({ demandId: demand.id })).toBe(0);
  });
});

describe("clause type and CPV code", () => {
  const input = (over: Record<string, unknown>) => ({ kind: "REQUEST_FOR_QUOTATION", title: "Catering na konferencję", deadline: future().toISOString(), ...over });

  it("records the precise clause and keeps socialClause equal to 'any clause'", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    expect(ok(await gql(db.ds, CREATE, { input: input({ clauseType: "EMPLOYMENT_CLAUSE", cpvCode: "55520000-1" }) }, official.id)).createDemand).toMatchObject({
      socialClause: true,
      clauseType: "EMPLOYMENT_CLAUSE",
      cpvCode: "55520000-1",
    });
    expect(ok(await gql(db.ds, CREATE, { input: input({ socialClause: true }) }, official.id)).createDemand).toMatchObject({ clauseType: "RESERVED_CONTRACT" });
    expect(ok(await gql(db.ds, CREATE, { input: input({}) }, official.id)).createDemand).toMatchObject({ socialClause: false, clauseType: "NONE" });
  });

  it.each([
    ["cpvCode", { cpvCode: "5552-0000" }],
    ["clauseType", { clauseType: "NONE", socialClause: true }],
  ])("refuses a bad %s with BAD_USER_INPUT", async (field, over) => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const r = await gql(db.ds, CREATE, { input: input(over) }, official.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
  });
});

describe("the published award", () => {
  it("shows everyone the chosen organisation, price and date, and never anything of the losing offers", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, past(), { category: "Catering" });
    const winner = await createPesMember(db.ds, await createOrganization(db.ds, { name: "Spółdzielnia Zwycięska" }));
    const loser = await createPesMember(db.ds, await createOrganization(db.ds, { name: "Fundacja Przegrana" }));
    const won = await makeOffer(db.ds, demand.id, winner.organization.id, winner.user, 4321.5);
    const lost = await makeOffer(db.ds, demand.id, loser.organization.id, loser.user, 3777.77, "Tajna oferta");
    ok(await gql(db.ds, `mutation($id: ID!) { awardOffer(offerId: $id) { id } }`, { id: won.id }, official.id));

    const resident = await createUser(db.ds);
    const rival = await createPesMember(db.ds);
    const PUBLIC_READS: [string, Record<string, unknown>][] = [
      [
        `query($id: ID!) { demand(id: $id) { id title status decidedAt socialClause clauseType cpvCode offers { id price } offerCount myOffer { id price }
           award { price awardedAt organization { id name slug } } questions { id } amendments { id } } }`,
        { id: demand.id },
      ],
      [`{ demands(first: 100) { totalCount edges { node { id offers { id } offerCount award { price organization { name } } } } } }`, {}],
      [`query($s: String!) { organization(slug: $s) { id name products { id } equipmentNotices { id } } }`, { s: loser.organization.slug }],
      [`{ programmeFigures { marketplace { demandsPosted offersReceived demandsAwarded } } }`, {}],
    ];
    for (const viewer of [undefined, resident.id, rival.user.id, winner.user.id]) {
      const [single, ...rest] = await Promise.all(PUBLIC_READS.map(([doc, vars]) => gql(db.ds, doc, vars, viewer)));
      const d = ok(single).demand;
      expect(d.status).toBe(DemandStatus.AWARDED);
      expect(d.award).toMatchObject({ price: 4321.5, organization: { id: winner.organization.id, name: "Spółdzielnia Zwycięska" } });
      expect(d.award.awardedAt).toBe(d.decidedAt);
      const everything = JSON.stringify([single, ...rest.map(ok)]);
      for (const secret of ["3777.77", "Tajna oferta", lost.id]) expect(everything).not.toContain(secret);
      // The loser's own profile is public; its name is never tied to this demand.
      expect(JSON.stringify(ok(single))).not.toContain("Fundacja Przegrana");
    }
  });
});
