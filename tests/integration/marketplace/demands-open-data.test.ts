import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { Demand, DemandAmendment, DemandQuestion, DemandStatus } from "../../../entities/marketplace";
import { Role } from "../../../entities/users";
import { demandsReleasePackage, releasePackageCsv } from "../../../server/modules/marketplace/demands.open-data";
import { createTestDb, type TestDb } from "../../helpers/db";
import { createOrganization, createPesMember, createUser } from "../../factories";
import { future, makeDemand, makeOffer, past } from "./marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const schema = JSON.parse(readFileSync("server/modules/marketplace/ocds/release-package.schema.json", "utf8"));
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

describe("the OCDS release package of the demands", () => {
  it("validates against the OCDS subset schema, with tender, award, parties, enquiries and amendments — and no losing offer", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const winner = await createPesMember(db.ds, await createOrganization(db.ds, { name: "Spółdzielnia Jawna", krs: "0000123456" }));
    const loser = await createPesMember(db.ds, await createOrganization(db.ds, { name: "Fundacja Zapieczętowana" }));
    const awarded = await makeDemand(db.ds, official, past(), { clauseType: undefined, socialClause: true, cpvCode: "90910000-9", budget: 5000 });
    const won = await makeOffer(db.ds, awarded.id, winner.organization.id, winner.user, 4800);
    const lost = await makeOffer(db.ds, awarded.id, loser.organization.id, loser.user, 4444.44, "Poufne");
    await db.ds.getRepository(Demand).update({ id: awarded.id }, { status: DemandStatus.AWARDED, awardedOfferId: won.id, decidedAt: new Date() });
    const open = await makeDemand(db.ds, official, future(), { socialClause: false, category: "Catering" });
    await db.ds.getRepository(DemandQuestion).insert({ demandId: open.id, askedById: winner.user.id, question: "Ile osób?", answer: "40", answeredAt: new Date() });
    await db.ds.getRepository(DemandAmendment).insert({ demandId: open.id, createdById: official.id, note: "Nowy załącznik" });
    // An open demand past its deadline has visible offers for the official only: not here.
    const sealed = await makeDemand(db.ds, official, past());
    await makeOffer(db.ds, sealed.id, loser.organization.id, loser.user, 3333.33);

    const pkg = await demandsReleasePackage(db.ds);
    expect(validate(pkg) ? [] : validate.errors).toEqual([]);

    const a = pkg.releases.find((r) => r.tender.id === awarded.id)!;
    expect(a.tag).toEqual(["award"]);
    expect(a.awards).toEqual([
      { id: won.id, status: "active", date: expect.any(String), value: { amount: 4800, currency: "PLN" }, suppliers: [{ id: winner.organization.id, name: "Spółdzielnia Jawna" }] },
    ]);
    expect(a.parties.map((p) => p.roles)).toEqual([["buyer", "procuringEntity"], ["supplier"]]);
    expect(a.parties[1]).toMatchObject({ identifier: { scheme: "PL-KRS", id: "0000123456" } });
    expect(a.tender).toMatchObject({ status: "complete", socialClause: "reservedContract (art. 94 Pzp)", items: [{ classification: { scheme: "CPV", id: "90910000-9" } }] });

    const o = pkg.releases.find((r) => r.tender.id === open.id)!;
    expect(o.tender).toMatchObject({ status: "active", hasEnquiries: true, enquiries: [{ description: "Ile osób?", answer: "40" }], amendments: [{ rationale: "Nowy załącznik" }] });
    expect(JSON.stringify(o)).not.toContain(winner.user.id);

    const all = JSON.stringify(pkg) + releasePackageCsv(pkg);
    for (const secret of ["4444.44", "3333.33", "Poufne", lost.id, "Fundacja Zapieczętowana", loser.organization.id]) expect(all).not.toContain(secret);
  });

  it("the schema can fail: a release with a losing bidder as a party, or a bad CPV code, is refused", async () => {
    const pkg = await demandsReleasePackage(db.ds);
    const bad = structuredClone(pkg);
    bad.releases[0].parties.push({ id: "x", name: "Przegrany", roles: ["tenderer"] });
    expect(validate(bad)).toBe(false);
    const badCpv = structuredClone(pkg);
    badCpv.releases[0].tender.items = [{ id: "1", classification: { scheme: "CPV", id: "9091" } }];
    expect(validate(badCpv)).toBe(false);
  });

  it("the CSV has one row per demand and a header", async () => {
    const pkg = await demandsReleasePackage(db.ds);
    const csv = releasePackageCsv(pkg);
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toContain('"ocid"');
    expect(lines).toHaveLength(pkg.releases.length + 1);
  });
});
