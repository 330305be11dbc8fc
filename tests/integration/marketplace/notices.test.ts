import { EquipmentNotice } from "../../../entities/marketplace";
import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createOrganization, createPesMember, createUser } from "../../factories";
import { makeNotice } from "./marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const CREATE = `mutation($input: EquipmentNoticeInput!) {
  createEquipmentNotice(input: $input) { id kind title description status district category condition organization { id } viewerIsOwner }
}`;
const LIST = `query($filter: EquipmentNoticeFilter, $first: Int, $after: String) {
  equipmentNotices(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id title } } pageInfo { endCursor hasNextPage } }
}`;
const notices = () => db.ds.getRepository(EquipmentNotice).count();

describe("createEquipmentNotice", () => {
  it("a PES member's notice belongs to their organisation", async () => {
    const { user, organization } = await createPesMember(db.ds);
    const n = ok(await gql(db.ds, CREATE, { input: { kind: "LEND", title: "Rzutnik", district: "Mokre", category: "Multimedia" } }, user.id))
      .createEquipmentNotice;
    expect(n).toMatchObject({ kind: "LEND", title: "Rzutnik", status: "AVAILABLE", district: "Mokre", organization: { id: organization.id }, viewerIsOwner: true });
  });

  it("a resident's notice is private (no organisation)", async () => {
    const resident = await createUser(db.ds);
    const n = ok(await gql(db.ds, CREATE, { input: { kind: "GIVE_AWAY", title: "Biurko", description: "  drewniane  " } }, resident.id))
      .createEquipmentNotice;
    expect(n).toMatchObject({ organization: null, description: "drewniane", district: null });
  });

  it("is FORBIDDEN for officials and UNAUTHENTICATED for visitors", async () => {
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const before = await notices();
    expect(errorCode(await gql(db.ds, CREATE, { input: { kind: "LEND", title: "Namiot" } }, official.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, CREATE, { input: { kind: "LEND", title: "Namiot" } }))).toBe("UNAUTHENTICATED");
    expect(await notices()).toBe(before);
  });

  it.each([
    ["title", { kind: "LEND", title: "ab" }],
    ["title", { kind: "LEND", title: "x".repeat(201) }],
    ["district", { kind: "LEND", title: "Namiot", district: "Gdańsk" }],
    ["description", { kind: "LEND", title: "Namiot", description: "x".repeat(5001) }],
    ["expiresAt", { kind: "LEND", title: "Namiot", expiresAt: "2001-01-01T00:00:00Z" }],
    ["conditionNote", { kind: "LEND", title: "Namiot", conditionNote: "x".repeat(61) }],
  ])("refuses a bad %s naming it, and writes nothing", async (field, input) => {
    const resident = await createUser(db.ds);
    const before = await notices();
    const r = await gql(db.ds, CREATE, { input }, resident.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
    expect(await notices()).toBe(before);
  });

  it("refuses an unknown kind as bad input", async () => {
    const resident = await createUser(db.ds);
    expect(errorCode(await gql(db.ds, CREATE, { input: { kind: "SELL", title: "Namiot" } }, resident.id))).toBe("BAD_USER_INPUT");
  });

  it("stores the condition as a code with a free-text note, and refuses a condition that is not a code", async () => {
    const resident = await createUser(db.ds);
    const n = ok(await gql(db.ds, CREATE, { input: { kind: "LEND", title: "Namiot", condition: "USED", conditionNote: " bez śledzi " } }, resident.id))
      .createEquipmentNotice;
    expect(await db.ds.getRepository(EquipmentNotice).findOneByOrFail({ id: n.id })).toMatchObject({ condition: "USED", conditionNote: "bez śledzi" });
    const before = await notices();
    expect(errorCode(await gql(db.ds, CREATE, { input: { kind: "LEND", title: "Namiot", condition: "używany" } }, resident.id))).toBe("BAD_USER_INPUT");
    expect(await notices()).toBe(before);
  });
});

describe("equipmentNotices", () => {
  it("filters by kind, district and accent-insensitive text, and pages without gaps or repeats", async () => {
    const org = await createOrganization(db.ds);
    const { user } = await createPesMember(db.ds, org);
    for (let i = 0; i < 7; i++) {
      await makeNotice(db.ds, { userId: user.id, organizationId: org.id }, { title: `Łódka wiosłowa ${i}`, kind: i % 2 ? "LEND" : "GIVE_AWAY", district: "Bielany" } as never);
    }
    const filter = { text: "lodka", district: "Bielany", kind: "LEND" };
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = ok(await gql(db.ds, LIST, { filter, first: 2, after })).equipmentNotices;
      expect(page.totalCount).toBe(3);
      ids.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
  });

  it("leaves closed and expired notices out unless a status is asked for", async () => {
    const resident = await createUser(db.ds);
    await makeNotice(db.ds, { userId: resident.id }, { title: "Zamknięte ogłoszenie xyz", status: "CLOSED" } as never);
    await makeNotice(db.ds, { userId: resident.id }, { title: "Wygasłe ogłoszenie xyz", expiresAt: new Date(Date.now() - 1000) });
    await makeNotice(db.ds, { userId: resident.id }, { title: "Aktualne ogłoszenie xyz" });
    const listed = ok(await gql(db.ds, LIST, { filter: { text: "ogloszenie xyz" } })).equipmentNotices;
    expect(listed.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(["Aktualne ogłoszenie xyz"]);
    const closed = ok(await gql(db.ds, LIST, { filter: { text: "ogloszenie xyz", status: "CLOSED" } })).equipmentNotices;
    expect(closed.totalCount).toBe(1);
  });

  it("filters by any of the given conditions", async () => {
    const resident = await createUser(db.ds);
    for (const condition of ["NEW", "USED", null]) {
      ok(await gql(db.ds, CREATE, { input: { kind: "LEND", title: `Stanfiltr ${condition}`, condition } }, resident.id));
    }
    const page = ok(await gql(db.ds, LIST, { filter: { text: "Stanfiltr", conditions: ["NEW", "WORKING"] } })).equipmentNotices;
    expect(page.edges.map((e: any) => e.node.title)).toEqual(["Stanfiltr NEW"]);
  });

  it("refuses first outside 1..100, an unknown status and a forged cursor with BAD_USER_INPUT", async () => {
    for (const vars of [{ first: 0 }, { first: 101 }, { filter: { status: "LOST" } }, { filter: { conditions: ["dobry"] } }, { after: "abc.def" }]) {
      expect(errorCode(await gql(db.ds, LIST, vars))).toBe("BAD_USER_INPUT");
    }
  });

  it("mine: lists the notices of the viewer's organisation", async () => {
    const a = await createPesMember(db.ds);
    const colleague = await createPesMember(db.ds, a.organization);
    const mineNotice = await makeNotice(db.ds, { userId: a.user.id, organizationId: a.organization.id });
    const page = ok(await gql(db.ds, LIST, { filter: { mine: true }, first: 100 }, colleague.user.id)).equipmentNotices;
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([mineNotice.id]);
    expect(ok(await gql(db.ds, LIST, { filter: { mine: true } })).equipmentNotices.totalCount).toBe(0);
  });

  it("equipmentNotice(id) is null for unknown or malformed ids", async () => {
    const Q = `query($id: ID!) { equipmentNotice(id: $id) { id } }`;
    expect(ok(await gql(db.ds, Q, { id: "00000000-0000-0000-0000-000000000000" })).equipmentNotice).toBeNull();
    expect(ok(await gql(db.ds, Q, { id: "'; drop table x" })).equipmentNotice).toBeNull();
  });
});

describe("updateEquipmentNotice and setEquipmentNoticeStatus", () => {
  const UPDATE = `mutation($id: ID!, $input: EquipmentNoticeInput!) { updateEquipmentNotice(id: $id, input: $input) { id title } }`;
  const STATUS = `mutation($id: ID!, $status: String!) { setEquipmentNoticeStatus(id: $id, status: $status) { id status } }`;

  it("lets a colleague from the owning organisation edit and close the notice", async () => {
    const a = await createPesMember(db.ds);
    const colleague = await createPesMember(db.ds, a.organization);
    const n = await makeNotice(db.ds, { userId: a.user.id, organizationId: a.organization.id });
    expect(ok(await gql(db.ds, UPDATE, { id: n.id, input: { kind: "LEND", title: "Nowy tytuł" } }, colleague.user.id)).updateEquipmentNotice.title).toBe("Nowy tytuł");
    expect(ok(await gql(db.ds, STATUS, { id: n.id, status: "CLOSED" }, colleague.user.id)).setEquipmentNoticeStatus.status).toBe("CLOSED");
  });

  it("refuses an unknown status naming it", async () => {
    const resident = await createUser(db.ds);
    const n = await makeNotice(db.ds, { userId: resident.id });
    const r = await gql(db.ds, STATUS, { id: n.id, status: "SOLD" }, resident.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions!.fields).toHaveProperty("status");
  });
});
