import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Organization } from "../../../entities/organizations";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { myApproval, organizationApplicant, pendingApprovalCount, rejectOrganization } from "./approvals.service";
import { IdArg } from "../arguments";

@ObjectType("MyApproval", { description: "What the signed-in person's account waits for, and the decision." })
class MyApproval {
  @Field(() => String, { description: "NONE, OFFICIAL (an official's account), ORGANIZATION (a new organisation) or MEMBERSHIP (a request to join one)." })
  kind: string;

  @Field(() => String, { description: "NONE, PENDING, APPROVED or REJECTED." })
  state: string;

  @Field(() => String, { nullable: true, description: "Why it was refused (REJECTED only)." })
  reason: string | null;

  @Field(() => String, { nullable: true })
  organizationName: string | null;

  @Field(() => Date, { nullable: true, description: "When it was asked for or decided." })
  since: Date | null;
}

@Resolver()
export class ApprovalsResolver {
  @Authorized("ADMIN")
  @Query(() => Int, { description: "ADMIN: how many officials, organisations and join requests wait for a decision (the header badge)." })
  pendingApprovalCount(@Ctx() ctx: Context): Promise<number> {
    return pendingApprovalCount(ctx.db);
  }

  @Authorized("ADMIN")
  @Mutation(() => Organization, { description: "ADMIN: refuse to verify an organisation; the reason is e-mailed to its owners." })
  rejectOrganization(@IdArg() id: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context) {
    return rejectOrganization(ctx, id, reason);
  }

  @Authorized()
  @Query(() => MyApproval, { description: "The signed-in person's pending or decided approval (official account, organisation, membership)." })
  myApproval(@Ctx() ctx: Context) {
    return myApproval(ctx);
  }
}

@Resolver(() => Organization)
export class OrganizationApplicantResolver {
  @FieldResolver(() => User, { nullable: true, description: "ADMIN: who registered the organisation (its first owner); null for everyone else." })
  applicant(@Root() org: Organization, @Ctx() ctx: Context): Promise<User | null> | null {
    if (ctx.user?.role !== "ADMIN") return null;
    return organizationApplicant(ctx.db, org.id);
  }
}
