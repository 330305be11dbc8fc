import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { OrganizationMembership } from "../../../entities/organizations";
import type { Context } from "../../context";
import { deleteMyAccount } from "./account-deletion.service";
import { organizationJoinRequests } from "./account.service";

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
}
