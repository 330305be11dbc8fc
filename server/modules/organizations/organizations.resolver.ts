import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Organization, OrganizationMembership } from "../../../entities/organizations";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import { OrganizationRegistrationInput } from "./organizations.inputs";
import {
  decideMembership,
  findOrganizations,
  registerOrganization,
  requestMembership,
  verifyOrganization,
} from "./organizations.service";
import { IdArg, InputArg } from "../arguments";

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: "Organisations by name, NIP or KRS (sign-up directory search)." })
  findOrganizations(
    @Ctx() ctx: Context,
    @Arg("search", () => String, { defaultValue: "" }) search: string,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
  ): Promise<Organization[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput({ first: "Must be 1 to 100" });
    return findOrganizations(ctx.db, search, first);
  }

  @Authorized()
  @Mutation(() => Organization, { description: "A PES account adds its organisation (unverified until an admin checks it)." })
  registerOrganization(@InputArg(OrganizationRegistrationInput) input: OrganizationRegistrationInput, @Ctx() ctx: Context): Promise<Organization> {
    return registerOrganization(ctx, input);
  }

  @Authorized()
  @Mutation(() => OrganizationMembership, { description: "A PES account asks to join an organisation." })
  requestOrganizationMembership(@IdArg("organizationId") organizationId: string, @Ctx() ctx: Context): Promise<OrganizationMembership> {
    return requestMembership(ctx, organizationId);
  }

  @Authorized()
  @Mutation(() => OrganizationMembership, { description: "ADMIN or the organisation's owner accepts or refuses a request to join." })
  decideOrganizationMembership(
    @IdArg() id: string,
    @Arg("accept") accept: boolean,
    @Ctx() ctx: Context,
  ): Promise<OrganizationMembership> {
    return decideMembership(ctx, id, accept);
  }

  @Authorized("ADMIN")
  @Mutation(() => Organization, { description: "ADMIN: mark an organisation verified (or not)." })
  verifyOrganization(
    @IdArg() id: string,
    @Arg("verified", { defaultValue: true }) verified: boolean,
    @Ctx() ctx: Context,
  ): Promise<Organization> {
    return verifyOrganization(ctx, id, verified);
  }
}

@Resolver(() => OrganizationMembership)
export class MembershipResolver {
  @FieldResolver(() => Organization)
  organization(@Root() m: OrganizationMembership, @Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.loaders.organizationById.load(m.organizationId);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() m: OrganizationMembership, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.userById.load(m.userId);
  }
}
