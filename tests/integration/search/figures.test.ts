import { seed } from "../../../server/seed";
import { ORGANIZATIONS_SEED } from "../../../server/seed/data/organizations.data";
import { PREMISES_SEED } from "../../../server/seed/data/premises.data";
import { TRAININGS_SEED } from "../../../server/seed/data/trainings.data";
import { EQUIPMENT_SEED, DEMANDS_SEED } from "../../../server/seed/data/marketplace.data";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { expectDetailAddsUp, figuresWithDetail } from "../../helpers/figures";
import { createUser } from "../../factories";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await seed(db.ds, { demoPassword: "pestor-demo", log: () => {} });
});
afterAll(() => db.drop());

const FIGURES = `query($p: FiguresPeriod) { programmeFigures(period: $p) {
  premises { offered available reserved rented totalAreaM2 meanRentPerM2 byDistrict { district offered totalAreaM2 } }
  trainings { trainingsHeld meetingsHeld seatsOffered registered attended officials pes residents }
  organizations { total verified byLegalForm { legalForm count verified } }
  marketplace { noticesByKind { kind count handedOver } demandsPosted demandsWithSocialClause }
  newsletter { confirmedSubscribers }
} }`;

const round2 = (n: number) => Math.round(n * 100) / 100;

describe("programme figures", () => {
  it("count the seeded premises, by status and district, with total area", async () => {
    const f = ok(await gql(db.ds, FIGURES)).programmeFigures;
    expect(f.premises.offered).toBe(PREMISES_SEED.length);
    expect(f.premises.available).toBe(PREMISES_SEED.filter((p) => p.status === "AVAILABLE").length);
    expect(f.premises.rented).toBe(PREMISES_SEED.filter((p) => p.status === "RENTED").length);
    expect(f.premises.totalAreaM2).toBeCloseTo(round2(PREMISES_SEED.reduce((s, p) => s + p.areaM2, 0)), 1);
    const stare = f.premises.byDistrict.find((d: any) => d.district === "Stare Miasto");
    expect(stare.offered).toBe(PREMISES_SEED.filter((p) => p.district === "Stare Miasto").length);
  });

  it("count organisations by legal form and verification", async () => {
    const f = ok(await gql(db.ds, FIGURES)).programmeFigures;
    expect(f.organizations.total).toBe(ORGANIZATIONS_SEED.length);
    expect(f.organizations.verified).toBe(ORGANIZATIONS_SEED.filter((o) => o.verified).length);
    const coops = f.organizations.byLegalForm.find((l: any) => l.legalForm === "SOCIAL_COOPERATIVE");
    expect(coops.count).toBe(ORGANIZATIONS_SEED.filter((o) => o.legalForm === "SOCIAL_COOPERATIVE").length);
  });

  it("count the trainings and meetings held in 2013 (the programme years 2013–2014)", async () => {
    const p = { from: "2013-01-01T00:00:00Z", to: "2014-12-31T23:59:59Z" };
    const f = ok(await gql(db.ds, FIGURES, { p })).programmeFigures;
    const held = TRAININGS_SEED.filter((t) => t.startsAt < "2015-01-01");
    expect(f.trainings.trainingsHeld).toBe(held.filter((t) => t.kind === "TRAINING").length);
    expect(f.trainings.meetingsHeld).toBe(held.filter((t) => t.kind === "MEETING").length);
    expect(f.trainings.seatsOffered).toBe(held.reduce((s, t) => s + t.capacity, 0));
    expect(f.trainings.registered).toBe(f.trainings.officials + f.trainings.pes + f.trainings.residents);
  });

  it("count marketplace notices by kind and demands with social clauses", async () => {
    const f = ok(await gql(db.ds, FIGURES)).programmeFigures;
    for (const kind of ["GIVE_AWAY", "EXCHANGE", "LEND", "WANTED"]) {
      const row = f.marketplace.noticesByKind.find((k: any) => k.kind === kind);
      expect(row?.count ?? 0).toBe(EQUIPMENT_SEED.filter((e) => e.kind === kind).length);
    }
    expect(f.marketplace.demandsPosted).toBe(DEMANDS_SEED.length);
    expect(f.marketplace.demandsWithSocialClause).toBe(DEMANDS_SEED.filter((d) => d.socialClause).length);
  });

  it("give subscriber numbers to staff only", async () => {
    const official = await createUser(db.ds, { role: "OFFICIAL" as never });
    expect(ok(await gql(db.ds, FIGURES)).programmeFigures.newsletter).toBeNull();
    expect(ok(await gql(db.ds, FIGURES, {}, official.id)).programmeFigures.newsletter).toEqual({ confirmedSubscribers: expect.any(Number) });
  });

  it("the staff's detail adds up to the public figures on the seed", async () => {
    const official = await createUser(db.ds, { role: "OFFICIAL" as never });
    const { figures, detail } = await figuresWithDetail(db.ds, { from: "2013-01-01T00:00:00Z", to: "2014-12-31T23:59:59Z" }, official.id);
    expectDetailAddsUp(figures, detail);
  });

  it("refuses a period that ends before it starts", async () => {
    const r = await gql(db.ds, FIGURES, { p: { from: "2014-01-01T00:00:00Z", to: "2013-01-01T00:00:00Z" } });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
  });

  it("an empty period has zero everywhere", async () => {
    const f = ok(await gql(db.ds, FIGURES, { p: { from: "2001-01-01T00:00:00Z", to: "2001-12-31T00:00:00Z" } })).programmeFigures;
    expect(f.premises.offered).toBe(0);
    expect(f.trainings.trainingsHeld).toBe(0);
    expect(f.organizations.total).toBe(0);
  });
});
