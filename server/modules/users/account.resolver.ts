import { Arg, Args, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { OrganizationMembership } from "../../../entities/organizations";
import type { Context } from "../../context";
import { deleteMyAccount } from "./account-deletion.service";
import { organizationJoinRequests } from "./account.service";
import { acceptTerms, termsStatus } from "./terms.service";
import {
  changePassword,
  requestEmailChange,
  requestPasswordReset,
  resendVerificationEmail,
  resetPassword,
  verifyEmail,
} from "./account-lifecycle.service";
import {
  ChangePasswordArgs,
  RequestEmailChangeArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
  VerifyEmailArgs,
} from "./users.inputs";

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
