import {
  ArrayMaxSize,
  IsEmail,
  ValidateNested,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
} from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { Audience, QuestionType, TrainingKind } from "../../../entities/trainings";
import { TORUN_DISTRICTS } from "../../../entities/districts";
import { OptionalBoolean, OptionalCoordinate, OptionalDate, OptionalEnum, OptionalText, OptionalTextList } from "../input-fields";

/** What an organiser fills in; cross-field rules (dates, quotas) are checked in the service. */
@InputType("TrainingInput")
export class TrainingInput {
  @Field()
  @Length(3, 300)
  title: string;

  @OptionalText(20_000)
  description?: string | null;

  @Field()
  @Length(2, 300)
  venue: string;

  @Field()
  @IsDate()
  startsAt: Date;

  @Field()
  @IsDate()
  endsAt: Date;

  @OptionalDate()
  registrationDeadline?: Date | null;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: "Capacity must be at least 1" })
  @Max(10_000)
  capacity: number;

  @Field(() => [Audience])
  @ArrayMinSize(1, { message: "Choose at least one audience" })
  @ArrayUnique()
  @IsEnum(Audience, { each: true })
  audience: Audience[];

  @Field(() => TrainingKind, { defaultValue: TrainingKind.TRAINING })
  @IsEnum(TrainingKind)
  kind: TrainingKind = TrainingKind.TRAINING;

  @OptionalText(300)
  address?: string | null;

  @OptionalCoordinate(90, { description: "With longitude, or neither: the venue on the map." })
  latitude?: number | null;

  @OptionalCoordinate(180)
  longitude?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ protocols: ["https", "http"], require_protocol: true }, { message: "Must be an http(s) link" })
  onlineUrl?: string | null;

  @OptionalTextList(20, 120)
  topics?: string[] | null;

  @OptionalTextList(20, 120)
  trainers?: string[] | null;

  @OptionalText(300)
  host?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  officialsQuota?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  pesQuota?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  residentsQuota?: number | null;

  @OptionalText(5000)
  consentText?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  askDietary: boolean = false;

  @Field({ defaultValue: false })
  @IsBoolean()
  askAccessibility: boolean = false;
}

/** The answer to one of the organiser's questions: `text`, `choices` or `yes`, by the question's type. */
@InputType("QuestionAnswerInput")
export class QuestionAnswerInput {
  @Field()
  @MaxLength(16)
  questionId: string;

  @OptionalText(5000)
  text?: string | null;

  @OptionalTextList(20, 200)
  choices?: string[] | null;

  @OptionalBoolean()
  yes?: boolean | null;
}

/** Answers to the optional questions of the registration form. */
@InputType("RegistrationAnswersInput")
export class RegistrationAnswersInput {
  @OptionalText(500)
  dietary?: string | null;

  @OptionalText(500)
  accessibility?: string | null;

  @OptionalBoolean({ description: "Agreement to the training's consentText (required when it has one)." })
  consent?: boolean | null;

  @Field(() => [QuestionAnswerInput], { nullable: true, description: "Answers to the organiser's own questions (Training.questions)." })
  @IsOptional()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  questions?: QuestionAnswerInput[] | null;
}

/** A colleague registered in a group: their name, e-mail and answers. */
@InputType("GroupAttendeeInput")
export class GroupAttendeeInput {
  @Field()
  @Length(2, 200)
  name: string;

  @Field()
  @MaxLength(320)
  @IsEmail({}, { message: "Must be an e-mail address" })
  email: string;

  @Field(() => RegistrationAnswersInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  answers?: RegistrationAnswersInput | null;
}

/** One question of the registration form as the organiser defines it. */
@InputType("TrainingQuestionInput")
export class TrainingQuestionInput {
  @OptionalText(16, { description: "Keep the id of an existing question so that its answers stay with it." })
  id?: string | null;

  @Field(() => QuestionType)
  @IsEnum(QuestionType)
  type: QuestionType;

  @Field()
  @MaxLength(300)
  label: string;

  @OptionalText(1000)
  help?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  required: boolean = false;

  @OptionalTextList(20, 200, { description: "The options of ONE_CHOICE and MANY_CHOICES (2 to 20)." })
  options?: string[] | null;
}

@InputType("TrainingFeedbackInput")
export class TrainingFeedbackInput {
  @Field(() => Int)
  @IsInt()
  @Min(1, { message: "From 1 to 5" })
  @Max(5, { message: "From 1 to 5" })
  rating: number;

  @OptionalText(2000)
  useful?: string | null;

  @OptionalText(2000)
  improve?: string | null;
}

@InputType("TrainingFilter")
export class TrainingFilter {
  @OptionalEnum(TrainingKind)
  kind?: TrainingKind | null;

  @OptionalEnum(Audience)
  audience?: Audience | null;

  @OptionalText(120, { description: "Exact topic tag." })
  topic?: string | null;

  @OptionalDate({ description: "Starts at or after (inclusive)." })
  startsFrom?: Date | null;

  @OptionalDate({ description: "Starts before (exclusive)." })
  startsBefore?: Date | null;

  @OptionalBoolean({ description: "Include cancelled trainings (default true)." })
  includeCancelled?: boolean | null;
}

/** A material: a link (`url`) or a file uploaded to POST /trainings/{id}/materials (`key`). */
@InputType("TrainingMaterialInput")
export class TrainingMaterialInput {
  @Field()
  @MaxLength(200)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  @IsUrl({ protocols: ["https", "http"], require_protocol: true }, { message: "Must be an http(s) link" })
  url?: string | null;

  @OptionalText(100)
  key?: string | null;

  @OptionalText(255)
  fileName?: string | null;

  @Field({ defaultValue: false, description: "Visible to everyone; otherwise to registered attendees only." })
  @IsBoolean()
  public: boolean = false;
}

/** Whom the organisers invite: verified PES by category (activity) or district, and pasted addresses. */
@InputType("TrainingInvitationInput")
export class TrainingInvitationInput {
  @OptionalTextList(20, 120, { description: "Organisation activities (as in the directory): their verified organisations are invited." })
  categories?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Districts of Toruń: the verified organisations there are invited." })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsIn(TORUN_DISTRICTS as unknown as string[], { each: true, message: "Unknown district" })
  districts?: string[] | null;

  @Field(() => [String], { nullable: true, description: "E-mail addresses pasted by the organiser (at most 500)." })
  @IsOptional()
  @ArrayMaxSize(500)
  @MaxLength(320, { each: true })
  @IsEmail({}, { each: true, message: "Every address must be an e-mail address" })
  emails?: string[] | null;
}
