import { Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { MemberRole, Organization, OrganizationMembership } from "../../../entities/organizations";
import type { Context } from "../../context";
import { OrganizationMemberInput } from "./organizations.inputs";
import { organizationMembers, removeOrganizationMember, updateOrganizationMember } from "./organizations.members.service";
import { IdArg, InputArg } from "../arguments";

/** A member as shown on the public profile: name, role and function title; never an e-mail. */
@ObjectType("OrganizationMember")
export class OrganizationMember {
  @Field(() => ID, { description: "The membership's id." })
  id: string;

  @Field()
  name: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => String, { nullable: true, description: "Function in the organisation, e.g. \"prezes zarządu\"." })
  title: string | null;
}

@Resolver(() => Organization)
export class OrganizationMembersResolver {
  @FieldResolver(() => [OrganizationMember], { description: "Active members (name, role, title), owners first; public." })
  members(@Root() o: Organization, @Ctx() ctx: Context): Promise<OrganizationMember[]> {
    return ctx.loaders.publicMembersByOrganizationId.load(o.id);
  }

  @Authorized()
  @Query(() => [OrganizationMembership], {
    description: "Active members with their accounts (incl. e-mails): the organisation's own members and admins; FORBIDDEN for others.",
  })
  organizationMembers(@Ctx() ctx: Context, @IdArg("organizationId") organizationId: string): Promise<OrganizationMembership[]> {
    return organizationMembers(ctx, organizationId);
  }

  @Authorized()
  @Mutation(() => OrganizationMembership, {
    description: "The organisation's owner (or ADMIN) changes a member's role/title; a member changes their own title. CONFLICT if no owner would remain.",
  })
  updateOrganizationMember(@Ctx() ctx: Context, @IdArg() id: string, @InputArg(OrganizationMemberInput) input: OrganizationMemberInput): Promise<OrganizationMembership> {
    return updateOrganizationMember(ctx, id, input);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "The organisation's owner (or ADMIN) removes a member, or a member leaves. CONFLICT for the last owner.",
  })
  removeOrganizationMember(@Ctx() ctx: Context, @IdArg() id: string): Promise<boolean> {
    return removeOrganizationMember(ctx, id);
  }
}
