import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { MemberRole, Organization, OrganizationMembership, MembershipStatus } from "../../../entities/organizations";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { loaderById } from "../loading";

/** What anyone may see of an organisation's member (no e-mail, no account id). */
export interface PublicMember {
  id: string;
  name: string;
  role: MemberRole;
  title: string | null;
}

/** A person's name as anyone may see it (never the e-mail), or null for nobody: no id, or an account that is gone. */
export async function userNameOf(ctx: Pick<Context, "loaders">, id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  return (await ctx.loaders.userById.load(id))?.name ?? null;
}

/** Per-request loaders for people and organisations, shared by every domain. */
export function createUserLoaders(db: DataSource) {
  return {
    userById: loaderById(db, User),
    organizationById: loaderById(db, Organization),
    /** The live (pending or active) membership of each user. */
    membershipByUserId: new DataLoader<string, OrganizationMembership | null>(async (userIds) => {
      const rows = await db
        .getRepository(OrganizationMembership)
        .createQueryBuilder("m")
        .where("m.user_id IN (:...ids) AND m.status <> :rejected", {
          ids: [...userIds],
          rejected: MembershipStatus.REJECTED,
        })
        .getMany();
      const map = new Map(rows.map((r) => [r.userId, r]));
      return userIds.map((id) => map.get(id) ?? null);
    }),
    /** Each organisation's ACTIVE members as the public sees them (name, role, title), owners first. */
    publicMembersByOrganizationId: new DataLoader<string, PublicMember[]>(async (orgIds) => {
      const rows: (PublicMember & { organizationId: string })[] = await db.query(
        `SELECT m.id, m.organization_id AS "organizationId", u.name, m.role, m.title
           FROM organization_memberships m JOIN users u ON u.id = m.user_id
          WHERE m.organization_id = ANY($1::uuid[]) AND m.status = 'ACTIVE'
          ORDER BY (m.role = 'OWNER') DESC, m.created_at, m.id`,
        [[...orgIds]],
      );
      const map = new Map<string, PublicMember[]>();
      for (const { organizationId, ...r } of rows) {
        if (!map.has(organizationId)) map.set(organizationId, []);
        map.get(organizationId)!.push(r);
      }
      return orgIds.map((id) => map.get(id) ?? []);
    }),
  };
}
