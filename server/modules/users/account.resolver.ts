import { Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { OrganizationMembership } from "../../../entities/organizations";
import type { Context } from "../../context";
import {
  changePassword,
  requestEmailChange,
  requestPasswordReset,
  resendVerificationEmail,
  resetPassword,
  verifyEmail,
} from "./account-lifecycle.service";
import { organizationJoinRequests } from "./account.service";
import {
  ChangePasswordArgs,
  RequestEmailChangeArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
  VerifyEmailArgs,
} from "./users.inputs";

@Resolver()
export class AccountResolver {
  @Authorized()
  @Query(() => [OrganizationMembership], {
    description: "Pending requests to join the organisation the signed-in person owns (empty for everyone else).",
  })
  organizationJoinRequests(@Ctx() ctx: Context): Promise<OrganizationMembership[]> {
    return organizationJoinRequests(ctx);
  }

  @Mutation(() => Boolean, {
    description: "Anyone: e-mails a one-hour reset link when the address has an account. Always true, in the same time.",
  })
  requestPasswordReset(@Args() args: RequestPasswordResetArgs, @Ctx() ctx: Context): Promise<boolean> {
    return requestPasswordReset(ctx.db, args.email, ctx.ip);
  }

  @Mutation(() => Boolean, { description: "Anyone holding the e-mailed reset token: sets a new password and ends every session." })
  resetPassword(@Args() args: ResetPasswordArgs, @Ctx() ctx: Context): Promise<boolean> {
    return resetPassword(ctx.db, args.token, args.newPassword);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Signed in: changes the password; every other session ends." })
  changePassword(@Args() args: ChangePasswordArgs, @Ctx() ctx: Context): Promise<boolean> {
    return changePassword(ctx, args.currentPassword, args.newPassword);
  }

  @Mutation(() => Boolean, {
    description: "Anyone holding an e-mailed token: confirms the sign-up address, or makes a requested new address the account's.",
  })
  verifyEmail(@Args() args: VerifyEmailArgs, @Ctx() ctx: Context): Promise<boolean> {
    return verifyEmail(ctx.db, args.token);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Signed in and not yet verified: e-mails the verification link again." })
  resendVerificationEmail(@Ctx() ctx: Context): Promise<boolean> {
    return resendVerificationEmail(ctx);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Signed in: e-mails a confirmation link to the new address; the address changes only when it is opened.",
  })
  requestEmailChange(@Args() args: RequestEmailChangeArgs, @Ctx() ctx: Context): Promise<boolean> {
    return requestEmailChange(ctx, args.newEmail, args.password);
  }
}
