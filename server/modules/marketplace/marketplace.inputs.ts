import { IsBoolean, IsDate, IsEnum, IsIn, IsNumber, IsOptional, Length, Matches, Max, Min } from "class-validator";
import { Field, Float, InputType } from "type-graphql";
import { CODE_NOTE_LIMITS, ITEM_CONDITIONS, ItemCondition } from "../../../entities/codes";
import { TORUN_DISTRICTS } from "../../../entities/districts";
import { ClauseType, DemandKind, DemandStatus, NOTICE_STATUSES, NoticeKind } from "../../../entities/marketplace";
import { LOAN_LIMITS, NOTICE_LIMITS } from "../../../entities/limits";
import { composed, OptionalBoolean, OptionalDate, OptionalEnum, OptionalId, OptionalText, OptionalSubset } from "../input-fields";

/** Common Procurement Vocabulary: eight digits, a hyphen, a check digit. */
export const CPV_CODE = /^\d{8}-\d$/;

/** numeric(12,2) holds at most this. */
export const MAX_AMOUNT = 9_999_999_999.99;
const DISTRICT_MESSAGE = "Choose a district of Toruń";

/** A product's optional price bound in PLN: a finite number from 0 to what numeric(12,2) holds. */
function OptionalPrice(): PropertyDecorator {
  return composed(
    Field(() => Float, { nullable: true }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(0, { message: "Price cannot be negative" }),
    Max(MAX_AMOUNT),
  );
}

/** An optional district of Toruń. */
function OptionalDistrict(): PropertyDecorator {
  return composed(Field(() => String, { nullable: true }), IsOptional(), IsIn(TORUN_DISTRICTS as unknown as string[], { message: DISTRICT_MESSAGE }));
}

@InputType("EquipmentNoticeInput")
export class EquipmentNoticeInput {
  @Field(() => NoticeKind)
  @IsEnum(NoticeKind)
  kind: NoticeKind;

  @Field()
  @Length(NOTICE_LIMITS.titleMin, NOTICE_LIMITS.titleMax, { message: `Title must have ${NOTICE_LIMITS.titleMin}–${NOTICE_LIMITS.titleMax} characters` })
  title: string;

  @OptionalText(NOTICE_LIMITS.descriptionMax, { message: `Description can have at most ${NOTICE_LIMITS.descriptionMax} characters` })
  description?: string | null;

  @OptionalDistrict()
  district?: string | null;

  @OptionalText(NOTICE_LIMITS.categoryMax, { message: `Category can have at most ${NOTICE_LIMITS.categoryMax} characters` })
  category?: string | null;

  @Field(() => ItemCondition, { nullable: true })
  @IsOptional()
  @IsIn(ITEM_CONDITIONS, { message: `Unknown condition (use one of ${ITEM_CONDITIONS.join(", ")})` })
  condition?: ItemCondition | null;

  @OptionalText(CODE_NOTE_LIMITS.itemCondition, { description: `Free text about the condition, at most ${CODE_NOTE_LIMITS.itemCondition} characters`, message: `Condition note can have at most ${CODE_NOTE_LIMITS.itemCondition} characters` })
  conditionNote?: string | null;

  @OptionalDate({ description: "Optional; must be in the future." })
  expiresAt?: Date | null;

  @Field(() => Float, { nullable: true, description: "Estimated value of the item in PLN, 0 to 1 000 000 (optional; the programme's figures sum it for items reused)." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: "Estimated value must be an amount in PLN (at most 2 decimals)" })
  @Min(0, { message: "Estimated value cannot be negative" })
  @Max(NOTICE_LIMITS.estimatedValueMax, { message: `Estimated value can be at most ${NOTICE_LIMITS.estimatedValueMax} PLN` })
  estimatedValue?: number | null;

  // The conditions of a loan: kept for LEND notices only (ignored for the other kinds).
  @Field(() => Float, { nullable: true, description: "LEND: deposit in PLN, 0 to 1 000 000; null = none." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: "Deposit must be an amount in PLN (at most 2 decimals)" })
  @Min(0, { message: "Deposit cannot be negative" })
  @Max(LOAN_LIMITS.depositMax, { message: `Deposit can be at most ${LOAN_LIMITS.depositMax} PLN` })
  deposit?: number | null;

  @OptionalText(LOAN_LIMITS.pickupPlaceMax, { description: "LEND: where the item is picked up and returned.", message: `Pick-up place can have at most ${LOAN_LIMITS.pickupPlaceMax} characters` })
  pickupPlace?: string | null;

  @OptionalText(LOAN_LIMITS.pickupHoursMax, { description: "LEND: pick-up hours, free text.", message: `Pick-up hours can have at most ${LOAN_LIMITS.pickupHoursMax} characters` })
  pickupHours?: string | null;

  @OptionalText(LOAN_LIMITS.notesMax, { description: "LEND: other conditions of the loan.", message: `Notes can have at most ${LOAN_LIMITS.notesMax} characters` })
  loanNotes?: string | null;
}

@InputType("EquipmentNoticeFilter")
export class EquipmentNoticeFilter {
  @OptionalEnum(NoticeKind)
  kind?: NoticeKind | null;

  @Field(() => String, { nullable: true, description: "Without it, CLOSED, HANDED_OVER and expired notices are left out." })
  @IsOptional()
  @IsIn(NOTICE_STATUSES, { message: `Status must be one of ${NOTICE_STATUSES.join(", ")}` })
  status?: string | null;

  @OptionalDistrict()
  district?: string | null;

  @OptionalText(100)
  category?: string | null;

  @OptionalSubset(ItemCondition, ITEM_CONDITIONS, { description: "Any of these conditions; an empty list means no condition filter", tooMany: "Too many conditions", message: `Unknown condition (use one of ${ITEM_CONDITIONS.join(", ")})` })
  conditions?: ItemCondition[] | null;

  @OptionalText(200)
  text?: string | null;

  @OptionalId("Unknown organisation")
  organizationId?: string | null;

  @OptionalBoolean({ description: "Only notices the viewer manages (own, or their organisation's)." })
  mine?: boolean | null;
}

@InputType("DemandInput")
export class DemandInput {
  @Field(() => DemandKind)
  @IsEnum(DemandKind)
  kind: DemandKind;

  @Field()
  @Length(3, 200, { message: "Title must have 3–200 characters" })
  title: string;

  @OptionalText(10000, { message: "Description can have at most 10000 characters" })
  description?: string | null;

  @Field(() => Date)
  @IsDate({ message: "Deadline must be a date and time" })
  deadline: Date;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: "Budget must be a number" })
  @Min(0, { message: "Budget cannot be negative" })
  @Max(MAX_AMOUNT, { message: "Budget is too large" })
  budget?: number | null;

  @OptionalBoolean({ defaultValue: false, description: "Kept for old clients: true without clauseType = RESERVED_CONTRACT." })
  socialClause?: boolean | null;

  @OptionalEnum(ClauseType, { description: "The precise clause; wins over socialClause (they must not contradict).", message: "Choose a clause type" })
  clauseType?: ClauseType | null;

  @Field(() => String, { nullable: true, description: "CPV code, ########-#." })
  @IsOptional()
  @Matches(CPV_CODE, { message: "A CPV code has the form 12345678-9" })
  cpvCode?: string | null;

  @OptionalText(100, { message: "Category can have at most 100 characters" })
  category?: string | null;
}

/** A change of an open demand by its official; the note is public, with the change. */
@InputType("DemandAmendmentInput")
export class DemandAmendmentInput {
  @Field({ description: "Why and what changed (public), also when only the documents changed." })
  @Length(3, 2000, { message: "The note must have 3–2000 characters" })
  note: string;

  @OptionalText(10000, { description: "The new description; omitted or null = unchanged.", message: "Description can have at most 10000 characters" })
  description?: string | null;

  @OptionalDate({ description: "The new deadline; omitted or null = unchanged. Shortening it with offers in is CONFLICT.", message: "Deadline must be a date and time" })
  deadline?: Date | null;
}

@InputType("DemandFilter")
export class DemandFilter {
  @OptionalEnum(DemandKind)
  kind?: DemandKind | null;

  @OptionalEnum(DemandStatus)
  status?: DemandStatus | null;

  @OptionalText(100)
  category?: string | null;

  @OptionalText(200)
  text?: string | null;

  @OptionalBoolean()
  socialClause?: boolean | null;

  @OptionalEnum(ClauseType)
  clauseType?: ClauseType | null;

  @OptionalBoolean({ description: "true: still accepting offers (OPEN, deadline ahead); false: the rest." })
  open?: boolean | null;

  @OptionalBoolean({ description: "Only demands the viewer posted." })
  mine?: boolean | null;
}

@InputType("OfferInput")
export class OfferInput {
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: "Price must be a number" })
  @Min(0.01, { message: "Price must be greater than 0" })
  @Max(MAX_AMOUNT, { message: "Price is too large" })
  price: number;

  @Field()
  @Length(1, 5000, { message: "Message must have 1–5000 characters" })
  message: string;
}

@InputType("ProductInput")
export class ProductInput {
  @Field()
  @Length(3, 200, { message: "Name must have 3–200 characters" })
  name: string;

  @Field()
  @Length(2, 100, { message: "Category must have 2–100 characters" })
  category: string;

  @OptionalText(5000)
  description?: string | null;

  @OptionalPrice()
  priceFrom?: number | null;

  @OptionalPrice()
  priceTo?: number | null;

  @OptionalText(40)
  unit?: string | null;

  @OptionalText(200)
  areaServed?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  socialClauseSuitable: boolean;

  @OptionalId("Unknown organisation", { description: "ADMIN only: the organisation; members always add to their own." })
  organizationId?: string | null;
}

@InputType("ProductFilter")
export class ProductFilter {
  @OptionalText(200)
  text?: string | null;

  @OptionalText(100)
  category?: string | null;

  @OptionalId("Unknown organisation")
  organizationId?: string | null;

  @OptionalBoolean()
  socialClauseSuitable?: boolean | null;

  @Field(() => Float, { nullable: true, description: "Entries whose lowest price is at most this (PLN)." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  priceMax?: number | null;
}
