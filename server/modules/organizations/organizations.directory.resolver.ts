import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Organization } from "../../../entities/organizations";
import type { Context } from "../../context";
import { OrganizationConnection } from "../marketplace/marketplace.types";
import { loadById } from "../../ids";
import { findOrganizationBySlug, listActivities, listOrganizations } from "./organizations.directory.service";
import { OrganizationFilter, OrganizationProfileInput } from "./organizations.inputs";
import { updateOrganizationProfile } from "./organizations.profile.service";
import { listQueryOf } from "../pagination";
import { IdArg, InputArg } from "../arguments";

export const OrganizationListResolver = listQueryOf(
  "organizations",
  OrganizationConnection,
  OrganizationFilter,
  listOrganizations,
  "The directory: search by name, legal form, district, activity.",
);

/** The public directory of organisations (search and profiles). */
@Resolver(() => Organization)
export class OrganizationDirectoryResolver {
  @Query(() => Organization, { nullable: true, description: "An organisation's profile by slug (null when absent)." })
  organization(@Ctx() ctx: Context, @Arg("slug", () => String) slug: string): Promise<Organization | null> {
    return findOrganizationBySlug(ctx, slug);
  }

  @Query(() => Organization, { nullable: true, description: "An organisation by id (null when absent)." })
  organizationById(@Ctx() ctx: Context, @IdArg() id: string): Promise<Organization | null> {
    return loadById(ctx.loaders.organizationById, id);
  }

  @Query(() => [String], { description: "Every area of activity named in the directory." })
  organizationActivities(@Ctx() ctx: Context): Promise<string[]> {
    return listActivities(ctx);
  }

  @Authorized()
  @Mutation(() => Organization, { description: "An active member (or ADMIN) edits the directory profile; KRS/NIP checked." })
  updateOrganizationProfile(@Ctx() ctx: Context, @IdArg() id: string, @InputArg(OrganizationProfileInput) input: OrganizationProfileInput): Promise<Organization> {
    return updateOrganizationProfile(ctx, id, input);
  }
}
