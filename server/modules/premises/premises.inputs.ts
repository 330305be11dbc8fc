import {
  ArrayMaxSize,
  IsDate,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from "class-validator";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { CODE_NOTE_LIMITS, PREMISES_CONDITIONS, PremisesCondition, UTILITIES, Utility } from "../../../entities/codes";
import { TORUN_DISTRICTS } from "../../../entities/districts";
import { PremisesStatus } from "../../../entities/premises";
import { composed, OptionalBoolean, OptionalCoordinate, OptionalEnum, OptionalId, OptionalText, OptionalSubset } from "../input-fields";

/** Longest text filter accepted; longer is BAD_USER_INPUT (no 10 MB LIKE patterns). */
export const MAX_TEXT_FILTER = 200;
/** Largest accepted area (m²) and rent (PLN): well inside numeric(10,2) / numeric(12,2). */
export const MAX_AREA = 100_000;
export const MAX_RENT = 10_000_000;

const finite = { allowNaN: false, allowInfinity: false };
const DISTRICT_MESSAGE = "Unknown district (use a Toruń osiedle)";
const CONDITION_MESSAGE = `Unknown condition (use one of ${PREMISES_CONDITIONS.join(", ")})`;
const UTILITY_MESSAGE = `Unknown utility (use codes: ${UTILITIES.join(", ")})`;

/** An optional inclusive bound of a filter: a finite number, 0 or more. */
function OptionalBound(description: string): PropertyDecorator {
  return composed(
    Field(() => Float, { nullable: true, description }),
    IsOptional(),
    IsNumber(finite, { message: "Must be a finite number" }),
    Min(0, { message: "Must be 0 or more" }),
  );
}

/**
 * A required amount of PLN or m², finite and at most `max`: more than 0 (an area, a rent asked
 * or offered), or 0 or more with `orZero` (a letting round's minimum rent).
 */
function Amount(max: number, options: { orZero?: boolean; description?: string } = {}): PropertyDecorator {
  return composed(
    Field(() => Float, { description: options.description }),
    IsNumber(finite, { message: "Must be a finite number" }),
    options.orZero ? Min(0, { message: "Must be 0 or more" }) : Min(0.01, { message: "Must be greater than 0" }),
    Max(max, { message: `At most ${max}` }),
  );
}

/** The id of the row an input is about (the premises, a letting round). */
const RowId = () => composed(Field(() => ID), IsUUID("all", { message: "Invalid id" }));

/** A required moment (a slot's start and end, a deadline). */
function Moment(description: string): PropertyDecorator {
  return composed(Field(() => Date, { description }), IsDate({ message: "Must be a date and time" }));
}

@InputType("PremisesFilter")
export class PremisesFilter {
  @OptionalBound("Inclusive lower bound, m²")
  areaMin?: number | null;

  @OptionalBound("Inclusive upper bound, m²")
  areaMax?: number | null;

  @OptionalBound("Inclusive lower bound, PLN per month")
  rentMin?: number | null;

  @OptionalBound("Inclusive upper bound, PLN per month")
  rentMax?: number | null;

  @OptionalSubset(String, TORUN_DISTRICTS, { description: "Any of these districts; an empty list means no district filter", tooMany: "Too many districts", message: DISTRICT_MESSAGE })
  districts?: string[] | null;

  @Field(() => [PremisesStatus], { nullable: true, description: "Any of these; without it WITHDRAWN is left out" })
  @IsOptional()
  @IsEnum(PremisesStatus, { each: true })
  status?: PremisesStatus[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  stepFree?: boolean | null;

  @OptionalSubset(PremisesCondition, PREMISES_CONDITIONS, { description: "Any of these conditions; an empty list means no condition filter", tooMany: "Too many conditions", message: CONDITION_MESSAGE })
  conditions?: PremisesCondition[] | null;

  @OptionalSubset(Utility, UTILITIES, { description: "All of these utilities; an empty list means no utilities filter", tooMany: "Too many utilities", message: UTILITY_MESSAGE })
  utilities?: Utility[] | null;

  /** Preferential rent for PES (not in the contract; an extra filter). */
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  preferentialRent?: boolean | null;

  @OptionalText(MAX_TEXT_FILTER, { description: "Words in the address, district or description; accents and small typos are forgiven", message: `At most ${MAX_TEXT_FILTER} characters` })
  text?: string | null;

  @OptionalId("Must be an id", { description: "Only premises of this official (Premises.ownerId), e.g. an official's own list" })
  ownerId?: string | null;
}

@InputType("PremisesInput")
export class PremisesInput {
  @Field()
  @Length(3, 200, { message: "Must be 3 to 200 characters" })
  address: string;

  @Field()
  @IsIn(TORUN_DISTRICTS as unknown as string[], { message: DISTRICT_MESSAGE })
  district: string;

  @Amount(MAX_AREA)
  areaM2: number;

  @Amount(MAX_RENT)
  monthlyRent: number;

  @OptionalEnum(PremisesStatus, { defaultValue: PremisesStatus.AVAILABLE })
  status?: PremisesStatus | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  stepFree?: boolean | null;

  @OptionalText(5000, { message: "At most 5000 characters" })
  description?: string | null;

  @OptionalCoordinate(90)
  latitude?: number | null;

  @OptionalCoordinate(180)
  longitude?: number | null;

  // Fields below are beyond the contract. Left out on update, they keep their value.

  @OptionalText(40, { description: "The city's reference number, unique", message: "At most 40 characters" })
  code?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: "Must be a whole number" })
  @Min(-3, { message: "Must be between -3 and 50" })
  @Max(50, { message: "Must be between -3 and 50" })
  floor?: number | null;

  @Field(() => PremisesCondition, { nullable: true })
  @IsOptional()
  @IsIn(PREMISES_CONDITIONS, { message: CONDITION_MESSAGE })
  condition?: PremisesCondition | null;

  @OptionalText(CODE_NOTE_LIMITS.premisesCondition, { description: `Free text about the condition, at most ${CODE_NOTE_LIMITS.premisesCondition} characters`, message: `At most ${CODE_NOTE_LIMITS.premisesCondition} characters` })
  conditionNote?: string | null;

  @OptionalSubset(Utility, UTILITIES, { tooMany: "Each utility at most once", message: UTILITY_MESSAGE })
  utilities?: Utility[] | null;

  @OptionalText(CODE_NOTE_LIMITS.utilities, { description: `Other utilities in free text, at most ${CODE_NOTE_LIMITS.utilities} characters`, message: `At most ${CODE_NOTE_LIMITS.utilities} characters` })
  utilitiesNote?: string | null;

  @OptionalText(200, { message: "At most 200 characters" })
  permittedUse?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Use the YYYY-MM-DD format" })
  availableFrom?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  preferentialRent?: boolean | null;

  @OptionalText(200, { message: "At most 200 characters" })
  administrator?: string | null;

  @OptionalText(120, { message: "At most 120 characters" })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, { message: "At most 40 characters" })
  @Matches(/^[+\d][\d ()-]*$/, { message: "Digits, spaces, +, ( ) and - only" })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: "Not an e-mail address" })
  @MaxLength(254, { message: "At most 254 characters" })
  contactEmail?: string | null;
}

/** Most people one viewing slot takes; most documents links an application carries. */
export const MAX_VIEWING_CAPACITY = 100;
export const MAX_APPLICATION_ATTACHMENTS = 10;

@InputType("PremisesViewingSlotInput")
export class PremisesViewingSlotInput {
  @RowId()
  premisesId: string;

  @Moment("Must be in the future.")
  startsAt: Date;

  @Moment("After startsAt, at most 12 hours later.")
  endsAt: Date;

  @Field({ description: "Where to meet, 2–200 characters." })
  @Length(2, 200, { message: "Must be 2 to 200 characters" })
  place: string;

  @Field(() => Int, { description: `How many people may book it, 1–${MAX_VIEWING_CAPACITY}.` })
  @IsInt({ message: "Must be a whole number" })
  @Min(1, { message: "At least 1" })
  @Max(MAX_VIEWING_CAPACITY, { message: `At most ${MAX_VIEWING_CAPACITY}` })
  capacity: number;
}

@InputType("PremisesLettingRoundInput")
export class PremisesLettingRoundInput {
  @RowId()
  premisesId: string;

  @Moment("Applications are sealed until then; must be in the future.")
  deadline: Date;

  @Amount(MAX_RENT, { orZero: true, description: "PLN per month, 0 or more." })
  minimumRent: number;

  @OptionalText(500, { message: "At most 500 characters" })
  permittedUse?: string | null;

  @OptionalBoolean({ defaultValue: false })
  preferentialRent?: boolean | null;

  @OptionalText(3000, { description: "The documents applicants must provide.", message: "At most 3000 characters" })
  documents?: string | null;
}

@InputType("PremisesLettingApplicationInput")
export class PremisesLettingApplicationInput {
  @RowId()
  roundId: string;

  @Amount(MAX_RENT, { description: "PLN per month; at least the round's minimum rent." })
  proposedRent: number;

  @Field({ description: "10–3000 characters." })
  @Length(10, 3000, { message: "Must be 10 to 3000 characters" })
  intendedUse: string;

  @Field(() => [String], { nullable: true, description: `Links (https) to the documents, at most ${MAX_APPLICATION_ATTACHMENTS}.` })
  @IsOptional()
  @ArrayMaxSize(MAX_APPLICATION_ATTACHMENTS, { message: `At most ${MAX_APPLICATION_ATTACHMENTS} documents` })
  @Matches(/^https:\/\/[^\s<>"]{3,500}$/, { each: true, message: "Each document must be an https link" })
  attachments?: string[] | null;
}
