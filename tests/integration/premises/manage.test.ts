import { Premises } from "../../../entities/premises";
import { AuditEntry } from "../../../entities/system";
import { Role, type User } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createPesMember, createUsers } from "../../factories";
import { NODE } from "./helpers";

let db: TestDb;
let official: User, official2: User, admin: User, resident: User, pes: User;
beforeAll(async () => {
  db = await createTestDb();
  [official, official2, admin, resident] = await createUsers(db.ds, Role.OFFICIAL, Role.OFFICIAL, Role.ADMIN, Role.RESIDENT);
  pes = (await createPesMember(db.ds)).user;
});
afterAll(() => db.drop());

const CREATE = `mutation($input: PremisesInput!) { createPremises(input: $input) { ${NODE} code floor condition conditionNote utilities utilitiesNote preferentialRent contactEmail ownerId } }`;
const UPDATE = `mutation($id: ID!, $input: PremisesInput!) { updatePremises(id: $id, input: $input) { ${NODE} code floor utilities contactEmail } }`;
const DELETE = `mutation($id: ID!) { deletePremises(id: $id) }`;
const GET = `query($id: ID!) { premises(id: $id) { ${NODE} } }`;

const valid = () => ({
  address: "  ul. Szeroka 1  ",
  district: "Stare Miasto",
  areaM2: 55.5,
  monthlyRent: 2220,
  description: "Lokal w parterze",
  latitude: 53.0102,
  longitude: 18.6081,
});
const count = () => db.ds.getRepository(Premises).count();

describe("createPremises", () => {
  it("lets an OFFICIAL create premises with contract defaults, trimmed strings and a computed rent per m²", async () => {
    const p = ok(await gql(db.ds, CREATE, { input: valid() }, official.id)).createPremises;
    expect(p).toMatchObject({
      address: "ul. Szeroka 1",
      district: "Stare Miasto",
      areaM2: 55.5,
      monthlyRent: 2220,
      rentPerM2: 40,
      status: "AVAILABLE",
      stepFree: false,
      ownerId: official.id,
      utilities: [],
      preferentialRent: false,
    });
    const got = ok(await gql(db.ds, GET, { id: p.id })).premises;
    expect(got.id).toBe(p.id);
    const log = await db.ds.getRepository(AuditEntry).findOneByOrFail({ entityId: p.id, action: "premises.create" });
    expect(log.actorId).toBe(official.id);
  });

  it("lets an ADMIN create premises with the extra listing fields", async () => {
    const input = { ...valid(), status: "RESERVED", stepFree: true, code: "T/1", floor: -1, condition: "NEEDS_REFRESH", conditionNote: " świeżo malowany ", utilities: ["WATER", "ELECTRICITY", "WATER"], utilitiesNote: "monitoring", preferentialRent: true, contactEmail: "lokale@example.org" };
    const p = ok(await gql(db.ds, CREATE, { input }, admin.id)).createPremises;
    // Utilities once each, in the list's order, whatever order was sent.
    expect(p).toMatchObject({ status: "RESERVED", stepFree: true, code: "T/1", floor: -1, condition: "NEEDS_REFRESH", conditionNote: "świeżo malowany", utilities: ["ELECTRICITY", "WATER"], utilitiesNote: "monitoring", preferentialRent: true, contactEmail: "lokale@example.org" });
  });

  it.each([
    ["a condition that is not a code", { condition: "bardzo dobry" }],
    ["a utility that is not a code", { utilities: ["ELECTRICITY", "prąd"] }],
  ])("refuses %s with BAD_USER_INPUT, writing nothing", async (_n, patch) => {
    const before = await count();
    const r = await gql(db.ds, CREATE, { input: { ...valid(), ...patch } }, official.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(await count()).toBe(before);
  });

  it("refuses a second premises with the same reference number with CONFLICT", async () => {
    const before = await count();
    const r = await gql(db.ds, CREATE, { input: { ...valid(), code: "T/1" } }, admin.id);
    expect(errorCode(r)).toBe("CONFLICT");
    expect(await count()).toBe(before);
  });

  it("two premises with one reference number saved at once (a double click): one is stored, the other is CONFLICT", async () => {
    // The first is saved but not committed: the second's check cannot see it, and its
    // insert waits on the unique index of reference numbers.
    const second = await afterOtherCommits(
      db.ds,
      (other) => other.query(`INSERT INTO premises (code, address, district, area_m2, monthly_rent) VALUES ('T/2', 'ul. Szeroka 1', 'Stare Miasto', 55.5, 2220)`),
      () => gql(db.ds, CREATE, { input: { ...valid(), code: "T/2" } }, official.id),
    );
    expect(errorCode(second)).toBe("CONFLICT");
    expect(await db.ds.getRepository(Premises).countBy({ code: "T/2" })).toBe(1);
  });

  it.each([
    ["anonymous", () => null, "UNAUTHENTICATED"],
    ["RESIDENT", () => resident.id, "FORBIDDEN"],
    ["PES_MEMBER", () => pes.id, "FORBIDDEN"],
  ])("refuses %s", async (_who, id, code) => {
    const before = await count();
    expect(errorCode(await gql(db.ds, CREATE, { input: valid() }, id()))).toBe(code);
    expect(await count()).toBe(before);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["zero area", { areaM2: 0 }, "areaM2"],
    ["negative area", { areaM2: -10 }, "areaM2"],
    ["area below 0.01", { areaM2: 0.001 }, "areaM2"],
    ["huge area", { areaM2: 1e12 }, "areaM2"],
    ["zero rent", { monthlyRent: 0 }, "monthlyRent"],
    ["negative rent", { monthlyRent: -1 }, "monthlyRent"],
    ["huge rent", { monthlyRent: 1e300 }, "monthlyRent"],
    ["unknown district", { district: "Atlantyda" }, "district"],
    ["blank address", { address: "   " }, "address"],
    ["overlong address", { address: "x".repeat(201) }, "address"],
    ["overlong description", { description: "x".repeat(5001) }, "description"],
    ["latitude out of range", { latitude: 91 }, "latitude"],
    ["longitude out of range", { longitude: -181 }, "longitude"],
    ["latitude without longitude", { longitude: null }, "longitude"],
    ["bad e-mail", { contactEmail: "not-an-email" }, "contactEmail"],
    ["bad date", { availableFrom: "2027-13-45" }, "availableFrom"],
    ["bad floor", { floor: 999 }, "floor"],
    ["overlong condition note", { conditionNote: "x".repeat(101) }, "conditionNote"],
    ["overlong utilities note", { utilitiesNote: "x".repeat(301) }, "utilitiesNote"],
  ];
  it.each(bad)("refuses %s with BAD_USER_INPUT naming the field, writing nothing", async (_n, patch, field) => {
    const before = await count();
    const r = await gql(db.ds, CREATE, { input: { ...valid(), ...patch } }, official.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields ?? {})).toContain(field);
    expect(await count()).toBe(before);
  });

  it("refuses non-finite numbers", async () => {
    for (const v of [Infinity, NaN]) {
      const r = await gql(db.ds, CREATE, { input: { ...valid(), areaM2: v } }, official.id);
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
    }
  });
});

describe("updatePremises and deletePremises", () => {
  let id: string;
  beforeAll(async () => {
    id = ok(await gql(db.ds, CREATE, { input: { ...valid(), code: "U/1", floor: 2 } }, official.id)).createPremises.id;
  });

  it("lets another OFFICIAL edit it (one department), replacing contract fields and keeping extras left out", async () => {
    const p = ok(await gql(db.ds, UPDATE, { id, input: { address: "ul. Mostowa 3", district: "Stare Miasto", areaM2: 20, monthlyRent: 500, status: "RENTED" } }, official2.id)).updatePremises;
    expect(p).toMatchObject({ address: "ul. Mostowa 3", areaM2: 20, monthlyRent: 500, rentPerM2: 25, status: "RENTED", description: null, latitude: null, code: "U/1", floor: 2 });
    expect(await db.ds.getRepository(AuditEntry).existsBy({ entityId: id, action: "premises.update", actorId: official2.id })).toBe(true);
  });

  it("refuses RESIDENT and PES_MEMBER, and changes nothing", async () => {
    for (const [uid, code] of [[null, "UNAUTHENTICATED"], [resident.id, "FORBIDDEN"], [pes.id, "FORBIDDEN"]] as const) {
      expect(errorCode(await gql(db.ds, UPDATE, { id, input: valid() }, uid))).toBe(code);
      expect(errorCode(await gql(db.ds, DELETE, { id }, uid))).toBe(code);
    }
    expect((await db.ds.getRepository(Premises).findOneByOrFail({ id })).address).toBe("ul. Mostowa 3");
  });

  it("refuses an invalid update and keeps the old values", async () => {
    const r = await gql(db.ds, UPDATE, { id, input: { ...valid(), monthlyRent: -5 } }, official.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect((await db.ds.getRepository(Premises).findOneByOrFail({ id })).monthlyRent).toBe(500);
  });

  it("says NOT_FOUND for an absent or malformed id", async () => {
    for (const bad of ["00000000-0000-4000-8000-000000000000", "nonsense", "'; --"]) {
      expect(errorCode(await gql(db.ds, UPDATE, { id: bad, input: valid() }, official.id))).toBe("NOT_FOUND");
      expect(errorCode(await gql(db.ds, DELETE, { id: bad }, official.id))).toBe("NOT_FOUND");
      expect(ok(await gql(db.ds, GET, { id: bad })).premises).toBeNull();
    }
  });

  it("deletes with true for ADMIN, then the premises is gone and a second delete is NOT_FOUND", async () => {
    expect(ok(await gql(db.ds, DELETE, { id }, admin.id)).deletePremises).toBe(true);
    expect(ok(await gql(db.ds, GET, { id })).premises).toBeNull();
    expect(errorCode(await gql(db.ds, DELETE, { id }, admin.id))).toBe("NOT_FOUND");
    expect(await db.ds.getRepository(AuditEntry).existsBy({ entityId: id, action: "premises.delete" })).toBe(true);
  });
});
