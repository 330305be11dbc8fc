import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import { OrganizationMembership } from "../../../entities/organizations";
import type { Context } from "../../context";
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
}
