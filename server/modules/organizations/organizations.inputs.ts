import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsUrl, Length, MaxLength, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from "class-validator";
import { Field, InputType } from "type-graphql";
import { LegalForm, MemberRole } from "../../../entities/organizations";
import { isValidKrs, isValidNip } from "../../../entities/identifiers";

@ValidatorConstraint({ name: "nip" })
class NipRule implements ValidatorConstraintInterface {
  validate(v: unknown) {
    return typeof v === "string" && isValidNip(v);
  }
  defaultMessage() {
    return "NIP must be 10 digits with a valid checksum";
  }
}

@ValidatorConstraint({ name: "krs" })
class KrsRule implements ValidatorConstraintInterface {
  validate(v: unknown) {
    return typeof v === "string" && isValidKrs(v);
  }
  defaultMessage() {
    return "KRS must be 10 digits";
  }
}

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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  district?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
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
  @Field(() => String, { nullable: true, description: "Part of the name (accents and letter case ignored)." })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => LegalForm, { nullable: true })
  @IsOptional()
  @IsEnum(LegalForm)
  legalForm?: LegalForm | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  district?: string | null;

  @Field(() => String, { nullable: true, description: "An area of activity, exactly as listed on profiles." })
  @IsOptional()
  @MaxLength(100)
  activity?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  verified?: boolean | null;
}

/** What an organisation's members edit on its directory profile (KRS and NIP checked as at registration). */
@InputType("OrganizationProfileInput")
export class OrganizationProfileInput extends OrganizationRegistrationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
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

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  activities?: string[] | null;
}

/** What the organisation's owner changes about a member (absent fields stay as they are). */
@InputType("OrganizationMemberInput")
export class OrganizationMemberInput {
  @Field(() => MemberRole, { nullable: true, description: "OWNER or MEMBER; only the organisation's owner (or an admin) changes it." })
  @IsOptional()
  @IsEnum(MemberRole)
  role?: MemberRole | null;

  @Field(() => String, { nullable: true, description: "Function in the organisation, e.g. \"prezes zarządu\"; null or blank clears it." })
  @IsOptional()
  @MaxLength(120)
  title?: string | null;
}
