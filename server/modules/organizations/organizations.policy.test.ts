import { MemberRole, MembershipStatus, OrganizationMembership } from "../../../entities/organizations";
import { Role } from "../../../entities/users";
import { createTestDb, type TestDb } from "../../../tests/helpers/db";
import { createOrganization, createPesMember, createUser } from "../../../tests/factories";
import { buildContext } from "../../context";
import type { AppError } from "../../errors";
import { activeOrganizationId, canActForOrganization, isOrganizationOwner, requireVerifiedPes } from "./organizations.policy";

// The async rules read memberships through the request's loaders: real rows, real loaders.
let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const ctxOf = (userId: string | null) => buildContext({ db: db.ds, userId });
const code = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => e.code);

describe("activeOrganizationId and canActForOrganization", () => {
  it("an active member acts for their organisation and no other", async () => {
    const { user, organization } = await createPesMember(db.ds);
    const other = await createOrganization(db.ds);
    const ctx = await ctxOf(user.id);
    expect(await activeOrganizationId(ctx)).toBe(organization.id);
    expect(await canActForOrganization(ctx, organization.id)).toBe(true);
    expect(await canActForOrganization(ctx, other.id)).toBe(false);
  });

  it("a pending member acts for nobody yet", async () => {
    const organization = await createOrganization(db.ds);
    const user = await createUser(db.ds);
    await db.ds.getRepository(OrganizationMembership).insert({
      userId: user.id,
      organizationId: organization.id,
      role: MemberRole.MEMBER,
      status: MembershipStatus.PENDING,
    });
    const ctx = await ctxOf(user.id);
    expect(await activeOrganizationId(ctx)).toBeNull();
    expect(await canActForOrganization(ctx, organization.id)).toBe(false);
  });

  it("an admin acts for any organisation without belonging to it; nobody signed in for none", async () => {
    const organization = await createOrganization(db.ds);
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    expect(await activeOrganizationId(await ctxOf(admin.id))).toBeNull();
    expect(await canActForOrganization(await ctxOf(admin.id), organization.id)).toBe(true);
    expect(await activeOrganizationId(await ctxOf(null))).toBeNull();
    expect(await canActForOrganization(await ctxOf(null), organization.id)).toBe(false);
  });
});

describe("requireVerifiedPes", () => {
  it("answers the organisation of a PES member of a verified organisation", async () => {
    const { user, organization } = await createPesMember(db.ds);
    expect(await requireVerifiedPes(await ctxOf(user.id))).toBe(organization.id);
  });

  it("refuses nobody signed in, residents, staff and members of an unverified organisation", async () => {
    const unverified = await createOrganization(db.ds, { verified: false, verifiedAt: null });
    // Role PES_MEMBER is only given with verification; a row that says otherwise still does not pass.
    const { user: unverifiedMember } = await createPesMember(db.ds, unverified, { role: Role.PES_MEMBER });
    const resident = await createUser(db.ds, { role: Role.RESIDENT });
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    expect(await code(requireVerifiedPes(await ctxOf(null)))).toBe("UNAUTHENTICATED");
    expect(await code(requireVerifiedPes(await ctxOf(resident.id)))).toBe("FORBIDDEN");
    expect(await code(requireVerifiedPes(await ctxOf(official.id)))).toBe("FORBIDDEN");
    expect(await code(requireVerifiedPes(await ctxOf(unverifiedMember.id)))).toBe("FORBIDDEN");
  });
});

describe("isOrganizationOwner", () => {
  const m = (over: Partial<OrganizationMembership> = {}) =>
    ({ organizationId: "o1", status: MembershipStatus.ACTIVE, role: MemberRole.OWNER, ...over }) as OrganizationMembership;

  it("an active owner of that very organisation only", () => {
    expect(isOrganizationOwner(m(), "o1")).toBe(true);
    expect(isOrganizationOwner(m(), "o2")).toBe(false);
    expect(isOrganizationOwner(m({ role: MemberRole.MEMBER }), "o1")).toBe(false);
    expect(isOrganizationOwner(m({ status: MembershipStatus.PENDING }), "o1")).toBe(false);
    expect(isOrganizationOwner(null, "o1")).toBe(false);
  });
});
