import { IsEmail, IsEnum, IsOptional, Length, MaxLength, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from "class-validator";
import { Field, InputType } from "type-graphql";
import { LegalForm } from "../../../entities/organizations";
import { isValidKrs, isValidNip } from "./identifiers";

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
