import { IsBoolean, IsEnum, IsOptional, Length, MaxLength, NotContains } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { AccountType } from "../../../entities/users";
import { EmailAddress, OptionalLocale } from "../input-fields";

@ArgsType()
export class SignUpArgs {
  @EmailAddress()
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

  @OptionalLocale(
    "Language of the account's e-mails: pl or en (the sign-up page's locale; default pl).",
  )
  locale?: string | null;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @EmailAddress()
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
  @EmailAddress()
  newEmail: string;

  @Field()
  @MaxLength(256, { message: "Wrong password" })
  password: string;
}
