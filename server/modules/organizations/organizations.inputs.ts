import { IsEmail, IsEnum, IsOptional, IsUrl, Length, MaxLength, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from "class-validator";
import { Field, InputType } from "type-graphql";
import { LegalForm, MemberRole } from "../../../entities/organizations";
import { isValidKrs, isValidNip } from "../../../entities/identifiers";
import { OptionalEnum, OptionalText, OptionalTextList } from "../input-fields";

/** A class-validator constraint for `@Validate`: a string that `check` accepts, else `message`. */
function stringRule(name: string, check: (v: string) => boolean, message: string) {
  @ValidatorConstraint({ name })
  class StringRule implements ValidatorConstraintInterface {
    validate(v: unknown) {
      return typeof v === "string" && check(v);
    }
    defaultMessage() {
      return message;
    }
  }
  return StringRule;
}

const NipRule = stringRule("nip", isValidNip, "NIP must be 10 digits with a valid checksum");
const KrsRule = stringRule("krs", isValidKrs, "KRS must be 10 digits");

@InputType("OrganizationRegistrationInput")
export class OrganizationRegistrationInput {
  @Field()
  @Length(3, 200)
  name: string;

  @Field(() => LegalForm)
  @IsEnum(LegalForm)
  legalForm: LegalForm;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Validate(KrsRule)
  krs?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Validate(NipRule)
  nip?: string | null;

  @OptionalText(200)
  address?: string | null;

  @OptionalText(60)
  district?: string | null;

  @OptionalText(5000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;
}

/** Directory search: every given field must match. */
@InputType("OrganizationFilter")
export class OrganizationFilter {
  @OptionalText(200, { description: "Part of the name (accents and letter case ignored)." })
  name?: string | null;

  @OptionalEnum(LegalForm)
  legalForm?: LegalForm | null;

  @OptionalText(60)
  district?: string | null;

  @OptionalText(100, { description: "An area of activity, exactly as listed on profiles." })
  activity?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  verified?: boolean | null;
}

/** What an organisation's members edit on its directory profile (KRS and NIP checked as at registration). */
@InputType("OrganizationProfileInput")
export class OrganizationProfileInput extends OrganizationRegistrationInput {
  @OptionalText(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "Website must be an http(s) address" })
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ["https"], require_protocol: true }, { message: "Logo must be an https address" })
  @MaxLength(500)
  logoUrl?: string | null;

  @OptionalTextList(20, 100)
  activities?: string[] | null;
}

/** What the organisation's owner changes about a member (absent fields stay as they are). */
@InputType("OrganizationMemberInput")
export class OrganizationMemberInput {
  @OptionalEnum(MemberRole, { description: "OWNER or MEMBER; only the organisation's owner (or an admin) changes it." })
  role?: MemberRole | null;

  @OptionalText(120, { description: "Function in the organisation, e.g. \"prezes zarządu\"; null or blank clears it." })
  title?: string | null;
}
