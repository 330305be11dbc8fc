import type { EntityManager } from "typeorm";
import { LegalForm, MemberRole, MembershipStatus, Organization, OrganizationMembership } from "../../../entities/organizations";
import { AccountType, ApprovalStatus, Role, User } from "../../../entities/users";
import { hashPassword } from "../../auth/password";
import { ORGANIZATIONS_SEED } from "../../seed/data/organizations.data";
import type { DemoUserKey, SeedContext } from "../module";
import { currentTermsVersion } from "./terms.service";

/** The demo accounts of the public contract (never created in production). */
export const DEMO_USERS: Record<DemoUserKey, { email: string; name: string; role: Role; accountType: AccountType; orgKey?: string; title?: string }> = {
  admin: { email: "admin@example.org", name: "Anna Administratorka", role: Role.ADMIN, accountType: AccountType.OFFICIAL },
  official: { email: "official@example.org", name: "Olgierd Urzędnik", role: Role.OFFICIAL, accountType: AccountType.OFFICIAL },
  pes: { email: "pes@example.org", name: "Paulina Spółdzielczyni", role: Role.PES_MEMBER, accountType: AccountType.PES, orgKey: "pes-one", title: "Prezeska zarządu" },
  pes2: { email: "pes2@example.org", name: "Piotr Stowarzyszeniowy", role: Role.PES_MEMBER, accountType: AccountType.PES, orgKey: "pes-two", title: "Koordynator projektów" },
  resident: { email: "resident@example.org", name: "Regina Mieszkanka", role: Role.RESIDENT, accountType: AccountType.RESIDENT },
};

/** Organisations of the directory and the demo accounts, with their memberships. */
export async function seedUsers(em: EntityManager, ctx: SeedContext): Promise<void> {
  for (const o of ORGANIZATIONS_SEED) {
    const { key: _key, certifications: _c, activities: _a, ...fields } = o;
    const org = em.getRepository(Organization).create({
      ...fields,
      legalForm: fields.legalForm as LegalForm,
      verifiedAt: o.verified ? new Date("2013-06-01T10:00:00Z") : null,
    });
    await em.save(org);
  }
  const hash = await hashPassword(ctx.demoPassword);
  // The demo accounts have accepted the terms as the migration published them.
  const termsVersion = await currentTermsVersion(em);
  for (const [, d] of Object.entries(DEMO_USERS)) {
    const user = em.getRepository(User).create({
      email: d.email,
      name: d.name,
      role: d.role,
      accountType: d.accountType,
      approvalStatus: d.accountType === AccountType.OFFICIAL ? ApprovalStatus.APPROVED : ApprovalStatus.NONE,
      passwordHash: hash,
      termsVersion,
      termsAcceptedAt: termsVersion ? new Date() : null,
      emailVerified: true,
    });
    await em.save(user);
    if (d.orgKey) {
      const slug = ORGANIZATIONS_SEED.find((o) => o.key === d.orgKey)!.slug;
      const org = await em.getRepository(Organization).findOneByOrFail({ slug });
      await em.insert(OrganizationMembership, {
        userId: user.id,
        organizationId: org.id,
        role: MemberRole.OWNER,
        status: MembershipStatus.ACTIVE,
        title: d.title ?? null,
      });
    }
  }
}

/** Fills the seed context from the database, whether or not this run created the rows. */
export async function loadSeedRefs(em: EntityManager): Promise<Pick<SeedContext, "users" | "organizations">> {
  const users = {} as Record<DemoUserKey, User>;
  for (const [key, d] of Object.entries(DEMO_USERS) as [DemoUserKey, (typeof DEMO_USERS)[DemoUserKey]][]) {
    users[key] = await em.getRepository(User).findOneByOrFail({ email: d.email });
  }
  const organizations: Record<string, Organization> = {};
  for (const o of ORGANIZATIONS_SEED) {
    const org = await em.getRepository(Organization).findOneBy({ slug: o.slug });
    if (org) organizations[o.key] = org;
  }
  return { users, organizations };
}
