import { MembershipStatus, OrganizationMembership, MemberRole } from "../../../entities/organizations";
import { Role } from "../../../entities/users";
import { enqueueMail } from "../../../server/mail/mail.service";
import { createOrganization, createPesMember, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const OUTBOX = `query($first: Int, $offset: Int, $to: String) {
  outbox(first: $first, offset: $offset, to: $to) { total items { id to subject text status template createdAt } }
}`;

async function mail(to: string, subject: string) {
  await db.ds.transaction((em) => enqueueMail(em, { to, subject, text: `Treść: http://localhost/x/${subject}`, template: "test.mail" }));
}

describe("outbox", () => {
  it("shows an admin the queued mail newest first, filtered by recipient", async () => {
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    await mail("ala@example.test", "pierwszy");
    await mail("ola@example.test", "drugi");
    await mail("ala@example.test", "trzeci");
    const all = ok(await gql(db.ds, OUTBOX, { first: 100 }, admin.id)).outbox;
    expect(all.total).toBeGreaterThanOrEqual(3);
    const ala = ok(await gql(db.ds, OUTBOX, { to: " ALA@example.test " }, admin.id)).outbox;
    expect(ala.total).toBe(2);
    expect(ala.items.map((m: { subject: string }) => m.subject)).toEqual(["trzeci", "pierwszy"]);
    expect(ala.items[0]).toMatchObject({ to: "ala@example.test", status: "QUEUED", template: "test.mail" });
    expect(ala.items[0].text).toContain("http://localhost/x/trzeci");
  });

  it("pages with first/offset", async () => {
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const p = ok(await gql(db.ds, OUTBOX, { to: "ala@example.test", first: 1, offset: 1 }, admin.id)).outbox;
    expect(p.items.map((m: { subject: string }) => m.subject)).toEqual(["pierwszy"]);
    expect(p.total).toBe(2);
  });

  it.each([
    [{ first: 0 }, "first"],
    [{ first: 101 }, "first"],
    [{ offset: -1 }, "offset"],
    [{ to: `${"a".repeat(300)}@x.pl` }, "to"],
  ])("refuses %j with BAD_USER_INPUT naming the argument", async (vars, field) => {
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const r = await gql(db.ds, OUTBOX, vars, admin.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
  });

  it.each([
    ["anonymous", null, "UNAUTHENTICATED"],
    ["an official", Role.OFFICIAL, "FORBIDDEN"],
    ["a resident", Role.RESIDENT, "FORBIDDEN"],
  ])("is refused to %s", async (_who, role, code) => {
    const userId = role ? (await createUser(db.ds, { role })).id : null;
    expect(errorCode(await gql(db.ds, OUTBOX, {}, userId))).toBe(code);
  });
});

const REQUESTS = `{ organizationJoinRequests { id status user { name email } organization { id name } } }`;

describe("organizationJoinRequests", () => {
  it("lists pending requests to the owner's organisation only, and the owner can decide them", async () => {
    const { user: owner, organization } = await createPesMember(db.ds);
    const other = await createPesMember(db.ds);
    const asker = await createUser(db.ds, { role: Role.RESIDENT, name: "Prosząca Osoba" });
    const askerElsewhere = await createUser(db.ds, { role: Role.RESIDENT });
    await db.ds.getRepository(OrganizationMembership).insert([
      { userId: asker.id, organizationId: organization.id, role: MemberRole.MEMBER, status: MembershipStatus.PENDING },
      { userId: askerElsewhere.id, organizationId: other.organization.id, role: MemberRole.MEMBER, status: MembershipStatus.PENDING },
    ]);
    const list = ok(await gql(db.ds, REQUESTS, {}, owner.id)).organizationJoinRequests;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: "PENDING", user: { name: "Prosząca Osoba" }, organization: { id: organization.id } });

    const decide = `mutation($id: ID!) { decideOrganizationMembership(id: $id, accept: true) { status } }`;
    ok(await gql(db.ds, decide, { id: list[0].id }, owner.id));
    expect(ok(await gql(db.ds, REQUESTS, {}, owner.id)).organizationJoinRequests).toEqual([]);
  });

  it("is empty for a plain member, a resident and an admin without an organisation", async () => {
    const organization = await createOrganization(db.ds);
    const { user: owner } = await createPesMember(db.ds, organization);
    const member = await createUser(db.ds, { role: Role.PES_MEMBER });
    await db.ds.getRepository(OrganizationMembership).insert({
      userId: member.id, organizationId: organization.id, role: MemberRole.MEMBER, status: MembershipStatus.ACTIVE,
    });
    const asker = await createUser(db.ds);
    await db.ds.getRepository(OrganizationMembership).insert({
      userId: asker.id, organizationId: organization.id, role: MemberRole.MEMBER, status: MembershipStatus.PENDING,
    });
    expect(ok(await gql(db.ds, REQUESTS, {}, owner.id)).organizationJoinRequests).toHaveLength(1);
    for (const u of [member, await createUser(db.ds), await createUser(db.ds, { role: Role.ADMIN })]) {
      expect(ok(await gql(db.ds, REQUESTS, {}, u.id)).organizationJoinRequests).toEqual([]);
    }
  });

  it("needs a signed-in user", async () => {
    expect(errorCode(await gql(db.ds, REQUESTS, {}, null))).toBe("UNAUTHENTICATED");
  });
});

describe("auditLog", () => {
  it("names who made each back-office change", async () => {
    const admin = await createUser(db.ds, { role: Role.ADMIN, name: "Audytowana Administratorka" });
    const target = await createUser(db.ds);
    ok(await gql(db.ds, `mutation($id: ID!) { setUserRole(userId: $id, role: OFFICIAL) { role } }`, { id: target.id }, admin.id));
    const log = ok(
      await gql(db.ds, `{ auditLog(first: 5) { items { action entityId data actor { name } } } }`, {}, admin.id),
    ).auditLog.items;
    expect(log[0]).toEqual({
      action: "user.set-role",
      entityId: target.id,
      data: { from: "RESIDENT", to: "OFFICIAL" },
      actor: { name: "Audytowana Administratorka" },
    });
  });
});
