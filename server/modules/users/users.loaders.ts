import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { Organization, OrganizationMembership, MembershipStatus } from "../../../entities/organizations";
import { User } from "../../../entities/users";

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Per-request loaders for people and organisations, shared by every domain. */
export function createUserLoaders(db: DataSource) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) =>
      byId(ids, await db.getRepository(User).findBy({ id: In([...ids]) })),
    ),
    organizationById: new DataLoader<string, Organization | null>(async (ids) =>
      byId(ids, await db.getRepository(Organization).findBy({ id: In([...ids]) })),
    ),
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
  };
}
