import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { OrganizationMembership } from "../../../entities/organizations";
import type { Context } from "../../context";
import { deleteMyAccount } from "./account-deletion.service";
import { organizationJoinRequests } from "./account.service";
import { acceptTerms, termsStatus } from "./terms.service";

@ObjectType("TermsStatus", { description: "The current terms of use and whether the signed-in person accepted them." })
class TermsStatusType {
  @Field(() => String, { nullable: true, description: "The current version (the terms page's publication time)." })
  currentVersion: string | null;

  @Field(() => String, { nullable: true })
  acceptedVersion: string | null;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field({ description: "true when a signed-in person has not accepted the current version." })
  mustAccept: boolean;
}

@Resolver()
export class AccountResolver {
  @Authorized()
  @Query(() => [OrganizationMembership], {
    description: "Pending requests to join the organisation the signed-in person owns (empty for everyone else).",
  })
  organizationJoinRequests(@Ctx() ctx: Context): Promise<OrganizationMembership[]> {
    return organizationJoinRequests(ctx);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "Erases the signed-in person's account (RODO art. 17), confirmed with the password; " +
      "the last owner of an organisation with other members gets CONFLICT.",
  })
  deleteMyAccount(@Arg("password", () => String) password: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteMyAccount(ctx, password);
  }

  @Query(() => TermsStatusType, { description: "The current terms version and the signed-in person's acceptance." })
  termsStatus(@Ctx() ctx: Context) {
    return termsStatus(ctx);
  }

  @Authorized()
  @Mutation(() => TermsStatusType, { description: "The signed-in person accepts the current terms (the version they were shown)." })
  acceptTerms(@Arg("version", () => String) version: string, @Ctx() ctx: Context) {
    return acceptTerms(ctx, version);
  }
}
