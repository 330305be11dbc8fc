import { IsBoolean, IsEmail, IsEnum, IsOptional, Length, Matches, MaxLength, NotContains } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { AccountType } from "../../../entities/users";

/** Password rules, shared with the sign-up form. */
export const PASSWORD_RULES = { min: 10, max: 128 } as const;

@ArgsType()
export class SignUpArgs {
  @Field()
  @MaxLength(254, { message: "E-mail is too long" })
  @IsEmail({}, { message: "Enter a valid e-mail address" })
  email: string;

  @Field()
  @Length(PASSWORD_RULES.min, PASSWORD_RULES.max, {
    message: `Password must have ${PASSWORD_RULES.min}–${PASSWORD_RULES.max} characters`,
  })
  @Matches(/^(?=.*\p{L})(?=.*[^\p{L}]).*$/su, { message: "Password needs letters and at least one digit or symbol" })
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
}
