import { MemberRole, MembershipStatus, OrganizationMembership } from "../../../entities/organizations";
import type { Context } from "../../context";
import { isOrganizationOwner } from "../organizations/organizations.policy";
import { requireUser } from "../../auth/require-user";

/**
 * Requests to join the organisation the signed-in person owns, oldest first — what the
 * owner decides on their account page. Anyone else gets an empty list (not an error), so
 * the page can ask unconditionally.
 */
export async function organizationJoinRequests(ctx: Context): Promise<OrganizationMembership[]> {
  const user = requireUser(ctx);
  const mine = await ctx.loaders.membershipByUserId.load(user.id);
  if (!mine || mine.role !== MemberRole.OWNER || !isOrganizationOwner(mine, mine.organizationId)) return [];
  return ctx.db.getRepository(OrganizationMembership).find({
    where: { organizationId: mine.organizationId, status: MembershipStatus.PENDING },
    order: { createdAt: "ASC", id: "ASC" },
    take: 200,
  });
}
