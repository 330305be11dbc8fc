import { Demand, DemandStatus, Offer } from "../../../entities/marketplace";
import { MailMessage } from "../../../entities/system";
import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createOrganization, createPesMember, createUser } from "../../factories";
import { future, HOUR, makeDemand, makeOffer, past } from "./marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const CREATE = `mutation($input: DemandInput!) { createDemand(input: $input) { id kind title deadline socialClause offers { id } offerCount } }`;
const SUBMIT = `mutation($demandId: ID!, $input: OfferInput!) { submitOffer(demandId: $demandId, input: $input) { id price message organization { id name } } }`;
const WITHDRAW = `mutation($demandId: ID!) { withdrawOffer(demandId: $demandId) }`;
const DEMAND = `query($id: ID!) { demand(id: $id) { id offers { id price message organization { id } } offerCount myOffer { id price message } } }`;
const AWARD = `mutation($offerId: ID!) { awardOffer(offerId: $offerId) { id status offers { id awarded } } }`;
const CLOSE = `mutation($id: ID!) { closeDemand(id: $id) { id status } }`;

const offers = () => db.ds.getRepository(Offer).count();
const demands = () => db.ds.getRepository(Demand).count();

describe("createDemand", () => {
  const input = (over: Record<string, unknown> = {}) => ({
    kind: "REQUEST_FOR_QUOTATION",
    title: "Druk ulotek",
    description: "2000 ulotek A5",
    deadline: future().toISOString(),
    budget: 4500,
    ...over,
  });

  it("lets an official post a demand; socialClause defaults to false", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const d = ok(await gql(db.ds, CREATE, { input: input() }, official.id)).createDemand;
    expect(d).toMatchObject({ kind: "REQUEST_FOR_QUOTATION", title: "Druk ulotek", socialClause: false, offers: null, offerCount: 0 });
  });

  it("accepts a deadline only minutes away (no minimum lead time)", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    ok(await gql(db.ds, CREATE, { input: input({ deadline: new Date(Date.now() + 5 * 60_000).toISOString() }) }, official.id));
  });

  it.each([
    ["deadline", { deadline: new Date(Date.now() - HOUR).toISOString() }],
    ["title", { title: "x" }],
    ["budget", { budget: -1 }],
  ])("refuses a bad %s with BAD_USER_INPUT naming it, and writes nothing", async (field, over) => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const before = await demands();
    const r = await gql(db.ds, CREATE, { input: input(over) }, official.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
    expect(await demands()).toBe(before);
  });

  it("is FORBIDDEN for PES and residents, UNAUTHENTICATED for visitors", async () => {
    const pes = await createPesMember(db.ds);
    const resident = await createUser(db.ds);
    expect(errorCode(await gql(db.ds, CREATE, { input: input() }, pes.user.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, CREATE, { input: input() }, resident.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, CREATE, { input: input() }))).toBe("UNAUTHENTICATED");
  });
});

describe("submitOffer", () => {
  it("creates the organisation's offer and, sent again, replaces it (one per organisation, even from a colleague)", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, future());
    const a = await createPesMember(db.ds);
    const colleague = await createPesMember(db.ds, a.organization);
    const first = ok(await gql(db.ds, SUBMIT, { demandId: demand.id, input: { price: 1000, message: "Pierwsza" } }, a.user.id)).submitOffer;
    const second = ok(await gql(db.ds, SUBMIT, { demandId: demand.id, input: { price: 900.5, message: "Druga" } }, colleague.user.id)).submitOffer;
    expect(second).toMatchObject({ id: first.id, price: 900.5, message: "Druga", organization: { id: a.organization.id } });
    expect(await db.ds.getRepository(Offer).countBy({ demandId: demand.id })).toBe(1);
  });

  it("keeps one offer per organisation under parallel submissions", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, future());
    const a = await createPesMember(db.ds);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => gql(db.ds, SUBMIT, { demandId: demand.id, input: { price: 100 + i, message: `v${i}` } }, a.user.id)),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(await db.ds.getRepository(Offer).countBy({ demandId: demand.id })).toBe(1);
  });

  it("is FORBIDDEN after the deadline and writes nothing", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, past());
    const a = await createPesMember(db.ds);
    const before = await offers();
    expect(errorCode(await gql(db.ds, SUBMIT, { demandId: demand.id, input: { price: 10, message: "Za późno" } }, a.user.id))).toBe("FORBIDDEN");
    expect(await offers()).toBe(before);
  });

  it("does not let a late submission replace an offer made in time", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, past());
    const a = await createPesMember(db.ds);
    await makeOffer(db.ds, demand.id, a.organization.id, a.user, 500, "W terminie");
    expect(errorCode(await gql(db.ds, SUBMIT, { demandId: demand.id, input: { price: 1, message: "Podmiana" } }, a.user.id))).toBe("FORBIDDEN");
    expect((await db.ds.getRepository(Offer).findOneByOrFail({ demandId: demand.id })).price).toBe(500);
  });

  it("is FORBIDDEN for a member of an unverified organisation, a resident and an official", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, future());
    const unverified = await createPesMember(db.ds, await createOrganization(db.ds, { verified: false, verifiedAt: null }));
    // Even with a PES_MEMBER role left over, an unverified organisation cannot offer.
    const stale = await createPesMember(db.ds, await createOrganization(db.ds, { verified: false, verifiedAt: null }), { role: Role.PES_MEMBER });
    const resident = await createUser(db.ds);
    const before = await offers();
    for (const u of [unverified.user, stale.user, resident, official]) {
      expect(errorCode(await gql(db.ds, SUBMIT, { demandId: demand.id, input: { price: 10, message: "x" } }, u.id))).toBe("FORBIDDEN");
    }
    expect(errorCode(await gql(db.ds, SUBMIT, { demandId: demand.id, input: { price: 10, message: "x" } }))).toBe("UNAUTHENTICATED");
    expect(await offers()).toBe(before);
  });

  it.each([
    ["price", { price: 0, message: "ok" }],
    ["price", { price: -5, message: "ok" }],
    ["price", { price: 1e13, message: "ok" }],
    ["message", { price: 10, message: "   " }],
  ])("refuses a bad %s naming it, and writes nothing", async (field, input) => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, future());
    const a = await createPesMember(db.ds);
    const before = await offers();
    const r = await gql(db.ds, SUBMIT, { demandId: demand.id, input }, a.user.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
    expect(await offers()).toBe(before);
  });

  it("answers NOT_FOUND for an unknown or malformed demand id", async () => {
    const a = await createPesMember(db.ds);
    for (const id of ["00000000-0000-0000-0000-000000000000", "nope"]) {
      expect(errorCode(await gql(db.ds, SUBMIT, { demandId: id, input: { price: 1, message: "x" } }, a.user.id))).toBe("NOT_FOUND");
    }
  });
});

describe("sealed offers", () => {
  async function scene(deadline: Date) {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const otherOfficial = await createUser(db.ds, { role: Role.OFFICIAL });
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const resident = await createUser(db.ds);
    const a = await createPesMember(db.ds);
    const b = await createPesMember(db.ds);
    const demand = await makeDemand(db.ds, official, deadline);
    const offerA = await makeOffer(db.ds, demand.id, a.organization.id, a.user, 1000, "Oferta A");
    const offerB = await makeOffer(db.ds, demand.id, b.organization.id, b.user, 1200, "Oferta B");
    return { official, otherOfficial, admin, resident, a, b, demand, offerA, offerB };
  }

  /** Neither the offers nor their count reach anyone but the posting official and admins, anonymous visitors included. */
  async function expectHiddenFromOthers(s: Awaited<ReturnType<typeof scene>>) {
    for (const u of [s.otherOfficial.id, s.resident.id, s.a.user.id, s.b.user.id, null]) {
      const d = ok(await gql(db.ds, DEMAND, { id: s.demand.id }, u)).demand;
      expect(d.offers).toBeNull();
      expect(d.offerCount).toBeNull();
    }
  }

  it("before the deadline: offers is null even for the posting official and admins; offerCount only for them", async () => {
    const s = await scene(future());
    for (const u of [s.official, s.admin]) {
      const d = ok(await gql(db.ds, DEMAND, { id: s.demand.id }, u.id)).demand;
      expect(d.offers).toBeNull();
      expect(d.offerCount).toBe(2);
    }
    await expectHiddenFromOthers(s);
  });

  it("after the deadline: the posting official and admins see all offers; nobody else does", async () => {
    const s = await scene(past());
    for (const u of [s.official, s.admin]) {
      const d = ok(await gql(db.ds, DEMAND, { id: s.demand.id }, u.id)).demand;
      expect(d.offers.map((o: { id: string }) => o.id).sort()).toEqual([s.offerA.id, s.offerB.id].sort());
      expect(d.offerCount).toBe(2);
    }
    await expectHiddenFromOthers(s);
  });

  it("a PES sees its own offer (myOffer) but never another organisation's, through any field", async () => {
    for (const deadline of [future(), past()]) {
      const s = await scene(deadline);
      const asB = ok(await gql(db.ds, DEMAND, { id: s.demand.id }, s.b.user.id)).demand;
      expect(asB.myOffer).toEqual({ id: s.offerB.id, price: 1200, message: "Oferta B" });
      const dump = JSON.stringify(
        ok(
          await gql(
            db.ds,
            `query($id: ID!) {
              demand(id: $id) { offers { id } offerCount myOffer { id message } }
              demands(first: 100) { edges { node { id offers { id message } offerCount myOffer { id message } } } }
            }`,
            { id: s.demand.id },
            s.b.user.id,
          ),
        ),
      );
      expect(dump).not.toContain(s.offerA.id);
      expect(dump).not.toContain("Oferta A");
    }
  });

  it("B's attempt to withdraw or award A's offer changes nothing", async () => {
    const s = await scene(future());
    // B's withdraw removes only B's own offer.
    expect(ok(await gql(db.ds, WITHDRAW, { demandId: s.demand.id }, s.b.user.id)).withdrawOffer).toBe(true);
    expect(await db.ds.getRepository(Offer).existsBy({ id: s.offerA.id })).toBe(true);
    expect(errorCode(await gql(db.ds, WITHDRAW, { demandId: s.demand.id }, s.b.user.id))).toBe("NOT_FOUND");
    expect(errorCode(await gql(db.ds, AWARD, { offerId: s.offerA.id }, s.b.user.id))).toBe("FORBIDDEN");
  });
});

describe("withdrawOffer, awardOffer and closeDemand", () => {
  it("withdraw is FORBIDDEN after the deadline", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, past());
    const a = await createPesMember(db.ds);
    await makeOffer(db.ds, demand.id, a.organization.id, a.user);
    expect(errorCode(await gql(db.ds, WITHDRAW, { demandId: demand.id }, a.user.id))).toBe("FORBIDDEN");
    expect(await db.ds.getRepository(Offer).countBy({ demandId: demand.id })).toBe(1);
  });

  it("the posting official awards one offer after the deadline and every offering PES is e-mailed", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, past());
    const a = await createPesMember(db.ds);
    const b = await createPesMember(db.ds);
    const offerA = await makeOffer(db.ds, demand.id, a.organization.id, a.user);
    await makeOffer(db.ds, demand.id, b.organization.id, b.user);
    const d = ok(await gql(db.ds, AWARD, { offerId: offerA.id }, official.id)).awardOffer;
    expect(d.status).toBe("AWARDED");
    expect(d.offers.find((o: { id: string }) => o.id === offerA.id).awarded).toBe(true);
    const mails = await db.ds.getRepository(MailMessage).findBy({ to: a.user.email });
    expect(mails.map((m) => m.template)).toContain("marketplace.offer-awarded");
    expect(await db.ds.getRepository(MailMessage).existsBy({ to: b.user.email, template: "marketplace.offer-not-awarded" })).toBe(true);
    expect(errorCode(await gql(db.ds, AWARD, { offerId: offerA.id }, official.id))).toBe("CONFLICT");
  });

  it("award before the deadline is FORBIDDEN; another official's award is refused; nothing changes", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const other = await createUser(db.ds, { role: Role.OFFICIAL });
    const early = await makeDemand(db.ds, official, future());
    const a = await createPesMember(db.ds);
    const offer = await makeOffer(db.ds, early.id, a.organization.id, a.user);
    expect(errorCode(await gql(db.ds, AWARD, { offerId: offer.id }, official.id))).toBe("FORBIDDEN");
    const late = await makeDemand(db.ds, official, past());
    const offer2 = await makeOffer(db.ds, late.id, a.organization.id, a.user);
    expect(errorCode(await gql(db.ds, AWARD, { offerId: offer2.id }, other.id))).toBe("NOT_FOUND");
    expect((await db.ds.getRepository(Demand).findOneByOrFail({ id: late.id })).status).toBe(DemandStatus.OPEN);
  });

  it("the posting official closes a demand without award; offers are then refused", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, future());
    const other = await createUser(db.ds, { role: Role.OFFICIAL });
    expect(errorCode(await gql(db.ds, CLOSE, { id: demand.id }, other.id))).toBe("FORBIDDEN");
    expect(ok(await gql(db.ds, CLOSE, { id: demand.id }, official.id)).closeDemand.status).toBe("CLOSED");
    const a = await createPesMember(db.ds);
    expect(errorCode(await gql(db.ds, SUBMIT, { demandId: demand.id, input: { price: 1, message: "x" } }, a.user.id))).toBe("FORBIDDEN");
  });
});

describe("demand and demands", () => {
  it("demand(id) is null for an unknown or malformed id", async () => {
    expect(ok(await gql(db.ds, DEMAND, { id: "00000000-0000-0000-0000-000000000000" })).demand).toBeNull();
    expect(ok(await gql(db.ds, DEMAND, { id: "x" })).demand).toBeNull();
  });

  it("pages through open demands without gaps or repeats, and refuses a forged cursor", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    for (let i = 0; i < 5; i++) await makeDemand(db.ds, official, new Date(Date.now() + (i + 1) * HOUR), { title: `Paged ${i}` });
    const Q = `query($after: String) { demands(first: 2, after: $after, filter: { text: "Paged", open: true }) { totalCount edges { node { title } } pageInfo { endCursor hasNextPage } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = ok(await gql(db.ds, Q, { after })).demands;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: { node: { title: string } }) => e.node.title));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(["Paged 4", "Paged 3", "Paged 2", "Paged 1", "Paged 0"]);
    expect(errorCode(await gql(db.ds, Q, { after: "forged.cursor" }))).toBe("BAD_USER_INPUT");
  });
});
