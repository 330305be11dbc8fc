import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Organization } from "../../../entities/organizations";
import { audit } from "../../audit";
import type { Context } from "../../context";
import { badInput, forbidden } from "../../errors";
import { lockByIdOrNotFound } from "../../ids";
import { logoFile } from "../../storage/logos";
import { FILE_KEY } from "../../storage/photos";
import { discardOrganizationLogo, organizationLogoPath, organizationLogoStorage } from "./organization-logo-files";
import { canActForOrganization } from "./organizations.policy";
import { requireUser } from "../../auth/require-user";
import { IdArg } from "../arguments";
import { isUniqueViolation } from "../../db-errors";

/** Locks the organisation and checks that the viewer acts for it (an active member) or is an admin. */
async function lockForLogo(ctx: Context, em: EntityManager, organizationId: string): Promise<Organization> {
  const org = await lockByIdOrNotFound(em, Organization, organizationId, "Organization");
  if (!(await canActForOrganization(ctx, org.id))) throw forbidden("Only the organisation's members change its logo");
  return org;
}

/** Puts `key` (or no uploaded logo) in place of the previous one, whose file goes after the commit. */
async function replaceLogo(ctx: Context, organizationId: string, key: string | null, action: string): Promise<Organization> {
  const user = requireUser(ctx);
  const { org, old } = await ctx.db.transaction(async (em) => {
    const org = await lockForLogo(ctx, em, organizationId);
    // After the access check, so that nobody learns which keys exist.
    if (key && !(await organizationLogoStorage().exists(logoFile(key)))) throw badInput({ key: "No such uploaded logo" });
    // A logo's key is public (its address): taken by a second organisation, removing it there would delete the first one's file.
    const taken = () => badInput({ key: "Already registered" });
    if (key && key !== org.logoKey && (await em.getRepository(Organization).existsBy({ logoKey: key }))) throw taken();
    const old = org.logoKey;
    org.logoKey = key;
    await em.save(org).catch((err: unknown) => {
      // The same key set on another organisation at this moment: their locks do not meet, the key's index decides.
      throw isUniqueViolation(err, "UQ_organizations_logo_key") ? taken() : err;
    });
    await audit(em, user.id, action, "Organization", org.id);
    return { org, old };
  });
  if (old && old !== key) await discardOrganizationLogo(old);
  return org;
}

/**
 * Registers a logo that POST /organization-logos has just stored; it replaces the
 * previous uploaded logo, whose file goes after the commit.
 */
export async function setOrganizationLogo(ctx: Context, organizationId: string, key: string): Promise<Organization> {
  requireUser(ctx);
  if (typeof key !== "string" || !FILE_KEY.test(key)) throw badInput({ key: "Invalid logo key" });
  return replaceLogo(ctx, organizationId, key, "organization.logo.set");
}

/** Removes the uploaded logo (an external logo address, if any, shows again). */
export async function removeOrganizationLogo(ctx: Context, organizationId: string): Promise<Organization> {
  return replaceLogo(ctx, organizationId, null, "organization.logo.remove");
}

@Resolver(() => Organization)
export class OrganizationLogoResolver {
  @FieldResolver(() => String, { nullable: true, description: "The uploaded logo (WebP, at most 600×300), else the external https address given in the profile." })
  logoUrl(@Root() o: Organization): string | null {
    return o.logoKey ? organizationLogoPath(o.logoKey) : (o.logoUrl ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: "The external logo address as typed in the profile (for its edit form)." })
  externalLogoUrl(@Root() o: Organization): string | null {
    return o.logoUrl ?? null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the logo was uploaded (and can be removed)." })
  hasUploadedLogo(@Root() o: Organization): boolean {
    return !!o.logoKey;
  }

  @Authorized()
  @Mutation(() => Organization, { description: "A member of the organisation or an admin; registers a logo stored by POST /organization-logos?organizationId={id} (multipart `file`)." })
  setOrganizationLogo(
    @Ctx() ctx: Context,
    @IdArg("organizationId") organizationId: string,
    @Arg("key", () => String) key: string,
  ): Promise<Organization> {
    return setOrganizationLogo(ctx, organizationId, key);
  }

  @Authorized()
  @Mutation(() => Organization, { description: "A member of the organisation or an admin; removes the uploaded logo." })
  removeOrganizationLogo(@Ctx() ctx: Context, @IdArg("organizationId") organizationId: string): Promise<Organization> {
    return removeOrganizationLogo(ctx, organizationId);
  }
}
