import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { OrganizationMembership } from "../../../entities/organizations";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { signUp } from "./users.service";
import { hasOwnPassword } from "./account-lifecycle.service";
import { SignUpArgs } from "./users.inputs";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user, or null." })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }

  @Mutation(() => User, { description: "Creates an account; officials and PES wait for approval." })
  signUp(@Args() args: SignUpArgs, @Ctx() ctx: Context): Promise<User> {
    return signUp(ctx.db, args, ctx.ip);
  }

  @FieldResolver(() => OrganizationMembership, {
    nullable: true,
    description: "The person's pending or active organisation membership (own account and admins only).",
  })
  membership(@Root() user: User, @Ctx() ctx: Context): Promise<OrganizationMembership | null> | null {
    if (!ctx.user || (ctx.user.id !== user.id && ctx.user.role !== "ADMIN")) return null;
    return ctx.loaders.membershipByUserId.load(user.id);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether the account has a password to confirm changes and its deletion with (false for an account made by the city sign-in until it sets one through requestPasswordReset); own account only, null for others.",
  })
  hasPassword(@Root() user: User, @Ctx() ctx: Context): Promise<boolean | null> {
    return hasOwnPassword(ctx, user.id);
  }
}
