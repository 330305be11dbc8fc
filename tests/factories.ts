import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { MemberRole, MembershipStatus, Organization, OrganizationMembership, LegalForm } from "../entities/organizations";
import { AccountType, ApprovalStatus, Role, User } from "../entities/users";
import { hashPassword } from "../server/auth/password";
import { createTestDb, type TestDb } from "./helpers/db";

const uid = () => randomBytes(4).toString("hex");
let passwordHash: Promise<string> | undefined;
export const FACTORY_PASSWORD = "factory-pass-1";

export async function createUser(
  ds: DataSource,
  attrs: Partial<User> & { role?: Role } = {},
): Promise<User> {
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const role = attrs.role ?? Role.RESIDENT;
  const accountType =
    attrs.accountType ??
    (role === Role.PES_MEMBER ? AccountType.PES : role === Role.RESIDENT ? AccountType.RESIDENT : AccountType.OFFICIAL);
  const user = ds.getRepository(User).create({
    email: `user-${uid()}@example.test`,
    name: `Test ${role.toLowerCase()} ${uid()}`,
    passwordHash: await passwordHash,
    accountType,
    approvalStatus: accountType === AccountType.OFFICIAL ? ApprovalStatus.APPROVED : ApprovalStatus.NONE,
    // Verified unless a test says otherwise: most tests are about what a real account does.
    emailVerified: true,
    ...attrs,
    role,
  });
  return ds.getRepository(User).save(user);
}

export async function createOrganization(ds: DataSource, attrs: Partial<Organization> = {}): Promise<Organization> {
  const id = uid();
  return ds.getRepository(Organization).save(
    ds.getRepository(Organization).create({
      name: `Spółdzielnia Testowa ${id}`,
      slug: `spoldzielnia-testowa-${id}`,
      legalForm: LegalForm.SOCIAL_COOPERATIVE,
      verified: true,
      verifiedAt: new Date(),
      ...attrs,
    }),
  );
}

/** One user of each role given, made one after another in that order. */
export async function createUsers(ds: DataSource, ...roles: Role[]): Promise<User[]> {
  const users: User[] = [];
  for (const role of roles) users.push(await createUser(ds, { role }));
  return users;
}

/** A PES_MEMBER with an active membership in a (by default verified) organisation. */
export async function createPesMember(
  ds: DataSource,
  org?: Organization,
  attrs: Partial<User> = {},
): Promise<{ user: User; organization: Organization }> {
  const organization = org ?? (await createOrganization(ds));
  const user = await createUser(ds, {
    role: organization.verified ? Role.PES_MEMBER : Role.RESIDENT,
    accountType: AccountType.PES,
    ...attrs,
  });
  await ds.getRepository(OrganizationMembership).insert({
    userId: user.id,
    organizationId: organization.id,
    role: MemberRole.OWNER,
    status: MembershipStatus.ACTIVE,
  });
  return { user, organization };
}

/** One user per role of the access matrix, plus a member of a second organisation. */
export async function createRoleSet(ds: DataSource) {
  const [admin, official, resident, pes, otherPes] = await Promise.all([
    createUser(ds, { role: Role.ADMIN }),
    createUser(ds, { role: Role.OFFICIAL }),
    createUser(ds, { role: Role.RESIDENT }),
    createPesMember(ds),
    createPesMember(ds),
  ]);
  return { admin, official, resident, pes: pes.user, pesOrg: pes.organization, otherPes: otherPes.user, otherOrg: otherPes.organization };
}

export type RoleSet = Awaited<ReturnType<typeof createRoleSet>>;

/** A fresh test database (`createTestDb`) with one user of each role given (`createUsers`). */
export async function createTestDbWithUsers(...roles: Role[]): Promise<{ db: TestDb; users: User[] }> {
  const db = await createTestDb();
  return { db, users: await createUsers(db.ds, ...roles) };
}

/** A fresh test database (`createTestDb`) with a role set in it. */
export async function createTestDbWithRoles(): Promise<{ db: TestDb; roles: RoleSet }> {
  const db = await createTestDb();
  return { db, roles: await createRoleSet(db.ds) };
}
