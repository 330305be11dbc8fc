import { IsBoolean, IsEmail, IsEnum, IsIn, IsOptional, Length, MaxLength, NotContains } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { AccountType } from "../../../entities/users";
import { LOCALES } from "../../../entities/locales";

@ArgsType()
export class SignUpArgs {
  @Field()
  @MaxLength(254, { message: "E-mail is too long" })
  @IsEmail({}, { message: "Enter a valid e-mail address" })
  email: string;

  /** Checked by the one password rule (entities/passwords.ts) in the service. */
  @Field()
  password: string;

  @Field()
  @Length(2, 120, { message: "Name must have 2–120 characters" })
  @NotContains("\u0000")
  name: string;

  @Field(() => AccountType)
  @IsEnum(AccountType)
  accountType: AccountType;

  @Field(() => Boolean, {
    nullable: true,
    description: "The sign-up form's terms box: true records the current terms version; omitted = asked on the first visit.",
  })
  @IsOptional()
  @IsBoolean()
  acceptTerms?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Language of the account's e-mails: pl or en (the sign-up page's locale; default pl).",
  })
  @IsOptional()
  @IsIn(LOCALES as unknown as string[], { message: "Language must be pl or en" })
  locale?: string | null;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @MaxLength(254, { message: "E-mail is too long" })
  @IsEmail({}, { message: "Enter a valid e-mail address" })
  email: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field()
  @MaxLength(200, { message: "This link is not valid" })
  token: string;

  /** Checked by the one password rule (entities/passwords.ts) in the service. */
  @Field()
  newPassword: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @MaxLength(256, { message: "Wrong password" })
  currentPassword: string;

  @Field()
  newPassword: string;
}

@ArgsType()
export class VerifyEmailArgs {
  @Field()
  @MaxLength(200, { message: "This link is not valid" })
  token: string;
}

@ArgsType()
export class RequestEmailChangeArgs {
  @Field()
  @MaxLength(254, { message: "E-mail is too long" })
  @IsEmail({}, { message: "Enter a valid e-mail address" })
  newEmail: string;

  @Field()
  @MaxLength(256, { message: "Wrong password" })
  password: string;
}
