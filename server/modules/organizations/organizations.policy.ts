import { MembershipStatus, type OrganizationMembership } from "../../../entities/organizations";
import { Role } from "../../../entities/users";
import type { Context } from "../../context";
import { requireUser } from "../../auth/require-user";
import { forbidden } from "../../errors";

/**
 * The organisation a signed-in person acts for: their ACTIVE membership's organisation,
 * or null. Every "own organisation" rule in every domain goes through here.
 */
export async function activeOrganizationId(ctx: Context): Promise<string | null> {
  if (!ctx.user) return null;
  const m = await ctx.loaders.membershipByUserId.load(ctx.user.id);
  return m && m.status === MembershipStatus.ACTIVE ? m.organizationId : null;
}

/** True when the user may act for `organizationId` (an active member, or an admin). */
export async function canActForOrganization(ctx: Context, organizationId: string): Promise<boolean> {
  if (!ctx.user) return false;
  if (ctx.user.role === Role.ADMIN) return true;
  return (await activeOrganizationId(ctx)) === organizationId;
}


/** A PES member of a verified organisation (role PES_MEMBER is only given then). */
export async function requireVerifiedPes(ctx: Context): Promise<string> {
  const user = requireUser(ctx);
  const orgId = user.role === Role.PES_MEMBER ? await activeOrganizationId(ctx) : null;
  if (!orgId) throw forbidden("Only members of a verified organisation may do this");
  const org = await ctx.loaders.organizationById.load(orgId);
  if (!org?.verified) throw forbidden("Your organisation is not verified yet");
  return orgId;
}

export function isOrganizationOwner(m: OrganizationMembership | null, orgId: string): boolean {
  return !!m && m.organizationId === orgId && m.status === MembershipStatus.ACTIVE && m.role === "OWNER";
}
