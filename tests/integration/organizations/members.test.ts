import { MemberRole, MembershipStatus, OrganizationMembership, type Organization } from "../../../entities/organizations";
import { AuditEntry, MailMessage } from "../../../entities/system";
import { AccountType, Role, User } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createPesMember, createUser } from "../../factories";

let db: TestDb;
beforeAll(async () => (db = await createTestDb({ poolSize: 20 })));
afterAll(() => db.drop());

const PROFILE = `query($s: String!) { organization(slug: $s) { id members { id name role title } } }`;
const MEMBERS = `query($id: ID!) { organizationMembers(organizationId: $id) { id role title status user { name email } } }`;
const UPDATE = `mutation($id: ID!, $input: OrganizationMemberInput!) { updateOrganizationMember(id: $id, input: $input) { id role title } }`;
const REMOVE = `mutation($id: ID!) { removeOrganizationMember(id: $id) }`;

const memberships = () => db.ds.getRepository(OrganizationMembership);

/** Adds a person to `org` with the given role and status; returns the person and the membership. */
async function addMember(org: Organization, role = MemberRole.MEMBER, status = MembershipStatus.ACTIVE, title: string | null = null) {
  const user = await createUser(db.ds, { role: status === MembershipStatus.ACTIVE ? Role.PES_MEMBER : Role.RESIDENT, accountType: AccountType.PES });
  const m = await memberships().save(memberships().create({ userId: user.id, organizationId: org.id, role, status, title }));
  return { user, membership: m };
}

async function orgWithOwner() {
  const { user: owner, organization: org } = await createPesMember(db.ds);
  const ownerMembership = await memberships().findOneByOrFail({ userId: owner.id });
  return { owner, org, ownerMembership };
}

describe("Organization.members (public profile)", () => {
  it("shows active members' names, roles and titles to anyone — no e-mails, no pending or refused people", async () => {
    const { org, owner, ownerMembership } = await orgWithOwner();
    await memberships().update({ id: ownerMembership.id }, { title: "Prezes zarządu" });
    const active = await addMember(org, MemberRole.MEMBER, MembershipStatus.ACTIVE, "Księgowa");
    const pending = await addMember(org, MemberRole.MEMBER, MembershipStatus.PENDING);
    const r = ok(await gql(db.ds, PROFILE, { s: org.slug }));
    expect(r.organization.members).toEqual([
      { id: ownerMembership.id, name: owner.name, role: "OWNER", title: "Prezes zarządu" },
      { id: active.membership.id, name: active.user.name, role: "MEMBER", title: "Księgowa" },
    ]);
    expect(JSON.stringify(r)).not.toContain(pending.user.name);
    expect(JSON.stringify(r)).not.toContain("@");
  });

  it("the type has no e-mail field at all", async () => {
    const { org } = await orgWithOwner();
    const r = await gql(db.ds, `query($s: String!) { organization(slug: $s) { members { email } } }`, { s: org.slug });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
  });
});

describe("organizationMembers (own members and admins)", () => {
  it("members and admins see names and e-mails; members of another organisation, residents and anonymous do not", async () => {
    const { org, owner } = await orgWithOwner();
    const member = await addMember(org);
    const other = await orgWithOwner();
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    for (const who of [owner, member.user, admin]) {
      const list = ok(await gql(db.ds, MEMBERS, { id: org.id }, who.id)).organizationMembers;
      expect(list.map((m: { user: { email: string } }) => m.user.email)).toEqual([owner.email, member.user.email]);
    }
    expect(errorCode(await gql(db.ds, MEMBERS, { id: org.id }, other.owner.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, MEMBERS, { id: org.id }, (await createUser(db.ds)).id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, MEMBERS, { id: org.id }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(db.ds, MEMBERS, { id: "nie-uuid" }, owner.id))).toBe("NOT_FOUND");
  });

  it("a person whose request is still pending does not see the list", async () => {
    const { org } = await orgWithOwner();
    const pending = await addMember(org, MemberRole.MEMBER, MembershipStatus.PENDING);
    expect(errorCode(await gql(db.ds, MEMBERS, { id: org.id }, pending.user.id))).toBe("FORBIDDEN");
  });
});

describe("updateOrganizationMember", () => {
  it("the owner makes a member a co-owner and sets a function title (audited)", async () => {
    const { org, owner } = await orgWithOwner();
    const { membership } = await addMember(org);
    const r = ok(await gql(db.ds, UPDATE, { id: membership.id, input: { role: "OWNER", title: "  Wiceprezes " } }, owner.id));
    expect(r.updateOrganizationMember).toEqual({ id: membership.id, role: "OWNER", title: "Wiceprezes" });
    expect(await db.ds.getRepository(AuditEntry).existsBy({ action: "membership.update", entityId: membership.id, actorId: owner.id })).toBe(true);
  });

  it("absent fields stay; a blank title clears it", async () => {
    const { org, owner } = await orgWithOwner();
    const { membership } = await addMember(org, MemberRole.MEMBER, MembershipStatus.ACTIVE, "Skarbnik");
    expect(ok(await gql(db.ds, UPDATE, { id: membership.id, input: { role: "MEMBER" } }, owner.id)).updateOrganizationMember.title).toBe("Skarbnik");
    expect(ok(await gql(db.ds, UPDATE, { id: membership.id, input: { title: " " } }, owner.id)).updateOrganizationMember.title).toBeNull();
  });

  it("a member sets their own title but cannot change roles (their own or others')", async () => {
    const { org, ownerMembership } = await orgWithOwner();
    const { user, membership } = await addMember(org);
    expect(ok(await gql(db.ds, UPDATE, { id: membership.id, input: { title: "Koordynatorka" } }, user.id)).updateOrganizationMember.title).toBe("Koordynatorka");
    expect(errorCode(await gql(db.ds, UPDATE, { id: membership.id, input: { role: "OWNER" } }, user.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, UPDATE, { id: ownerMembership.id, input: { title: "x" } }, user.id))).toBe("FORBIDDEN");
    expect((await memberships().findOneByOrFail({ id: membership.id })).role).toBe("MEMBER");
  });

  it("an owner of organisation B never changes organisation A's members", async () => {
    const a = await orgWithOwner();
    const b = await orgWithOwner();
    const { membership } = await addMember(a.org);
    expect(errorCode(await gql(db.ds, UPDATE, { id: membership.id, input: { role: "OWNER", title: "x" } }, b.owner.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, REMOVE, { id: membership.id }, b.owner.id))).toBe("FORBIDDEN");
    expect(await memberships().findOneByOrFail({ id: membership.id })).toMatchObject({ role: "MEMBER", title: null });
  });

  it("the only owner cannot step down (CONFLICT); with a second owner they can", async () => {
    const { org, owner, ownerMembership } = await orgWithOwner();
    expect(errorCode(await gql(db.ds, UPDATE, { id: ownerMembership.id, input: { role: "MEMBER" } }, owner.id))).toBe("CONFLICT");
    const second = await addMember(org, MemberRole.OWNER);
    expect(ok(await gql(db.ds, UPDATE, { id: ownerMembership.id, input: { role: "MEMBER" } }, owner.id)).updateOrganizationMember.role).toBe("MEMBER");
    // Now a plain member, the former owner can no longer change roles.
    expect(errorCode(await gql(db.ds, UPDATE, { id: second.membership.id, input: { role: "MEMBER" } }, owner.id))).toBe("FORBIDDEN");
  });

  it("an admin changes roles of any organisation but also keeps one owner", async () => {
    const { ownerMembership } = await orgWithOwner();
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    expect(ok(await gql(db.ds, UPDATE, { id: ownerMembership.id, input: { title: "Prezes" } }, admin.id)).updateOrganizationMember.title).toBe("Prezes");
    expect(errorCode(await gql(db.ds, UPDATE, { id: ownerMembership.id, input: { role: "MEMBER" } }, admin.id))).toBe("CONFLICT");
  });

  it("pending requests are decided, not edited; bad input is refused", async () => {
    const { org, owner, ownerMembership } = await orgWithOwner();
    const pending = await addMember(org, MemberRole.MEMBER, MembershipStatus.PENDING);
    expect(errorCode(await gql(db.ds, UPDATE, { id: pending.membership.id, input: { role: "OWNER" } }, owner.id))).toBe("CONFLICT");
    const long = await gql(db.ds, UPDATE, { id: ownerMembership.id, input: { title: "x".repeat(121) } }, owner.id);
    expect(errorCode(long)).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, UPDATE, { id: "00000000-0000-4000-8000-000000000000", input: {} }, owner.id))).toBe("NOT_FOUND");
  });

  it("two owners demoting each other at the same moment: one succeeds, one owner always remains", async () => {
    for (let round = 0; round < 5; round++) {
      const { org, owner, ownerMembership } = await orgWithOwner();
      const second = await addMember(org, MemberRole.OWNER);
      const results = await Promise.all([
        gql(db.ds, UPDATE, { id: second.membership.id, input: { role: "MEMBER" } }, owner.id),
        gql(db.ds, UPDATE, { id: ownerMembership.id, input: { role: "MEMBER" } }, second.user.id),
      ]);
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(await memberships().countBy({ organizationId: org.id, role: MemberRole.OWNER, status: MembershipStatus.ACTIVE })).toBe(1);
    }
  });
});

describe("the last-owner rule needs the lock (control)", () => {
  it("without the organisation row lock, two interleaved check-then-demote transactions leave no owner", async () => {
    const { org, ownerMembership } = await orgWithOwner();
    const second = await addMember(org, MemberRole.OWNER);
    const [a, b] = [db.ds.createQueryRunner(), db.ds.createQueryRunner()];
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.startTransaction();
      await b.startTransaction();
      const others = `SELECT count(*)::int AS n FROM organization_memberships WHERE organization_id = $1 AND role = 'OWNER' AND status = 'ACTIVE' AND id <> $2`;
      // Both see another owner, so both believe demoting is safe…
      expect((await a.query(others, [org.id, second.membership.id]))[0].n).toBe(1);
      expect((await b.query(others, [org.id, ownerMembership.id]))[0].n).toBe(1);
      await a.query(`UPDATE organization_memberships SET role = 'MEMBER' WHERE id = $1`, [second.membership.id]);
      await b.query(`UPDATE organization_memberships SET role = 'MEMBER' WHERE id = $1`, [ownerMembership.id]);
      await a.commitTransaction();
      await b.commitTransaction();
    } finally {
      await Promise.all([a.release(), b.release()]);
    }
    // …and the organisation is left without one: what the service's lock prevents.
    expect(await memberships().countBy({ organizationId: org.id, role: MemberRole.OWNER })).toBe(0);
  });
});

describe("removeOrganizationMember", () => {
  it("the owner removes a member: the membership goes, the person acts as a resident again and is e-mailed", async () => {
    const { org, owner } = await orgWithOwner();
    const { user, membership } = await addMember(org);
    expect(ok(await gql(db.ds, REMOVE, { id: membership.id }, owner.id)).removeOrganizationMember).toBe(true);
    expect(await memberships().existsBy({ id: membership.id })).toBe(false);
    expect((await db.ds.getRepository(User).findOneByOrFail({ id: user.id })).role).toBe(Role.RESIDENT);
    expect(await db.ds.getRepository(MailMessage).existsBy({ to: user.email, template: "organizations.member-removed" })).toBe(true);
    const r = ok(await gql(db.ds, PROFILE, { s: org.slug }));
    expect(r.organization.members).toHaveLength(1);
  });

  it("a member may leave; a plain member cannot remove others; the last owner cannot leave", async () => {
    const { org, owner, ownerMembership } = await orgWithOwner();
    const a = await addMember(org);
    const b = await addMember(org);
    expect(errorCode(await gql(db.ds, REMOVE, { id: b.membership.id }, a.user.id))).toBe("FORBIDDEN");
    expect(ok(await gql(db.ds, REMOVE, { id: a.membership.id }, a.user.id)).removeOrganizationMember).toBe(true);
    expect(errorCode(await gql(db.ds, REMOVE, { id: ownerMembership.id }, owner.id))).toBe("CONFLICT");
    expect(await memberships().existsBy({ id: ownerMembership.id })).toBe(true);
  });

  it("two owners removing each other at once: exactly one remains", async () => {
    for (let round = 0; round < 5; round++) {
      const { org, owner, ownerMembership } = await orgWithOwner();
      const second = await addMember(org, MemberRole.OWNER);
      await Promise.all([
        gql(db.ds, REMOVE, { id: second.membership.id }, owner.id),
        gql(db.ds, REMOVE, { id: ownerMembership.id }, second.user.id),
      ]);
      expect(await memberships().countBy({ organizationId: org.id, role: MemberRole.OWNER, status: MembershipStatus.ACTIVE })).toBe(1);
    }
  });

  it("refuses anonymous callers, unknown ids and other organisations' residents", async () => {
    const { org } = await orgWithOwner();
    const { membership } = await addMember(org);
    expect(errorCode(await gql(db.ds, REMOVE, { id: membership.id }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(db.ds, REMOVE, { id: "x" }, (await createUser(db.ds)).id))).toBe("NOT_FOUND");
    expect(errorCode(await gql(db.ds, REMOVE, { id: membership.id }, (await createUser(db.ds)).id))).toBe("FORBIDDEN");
  });
});
