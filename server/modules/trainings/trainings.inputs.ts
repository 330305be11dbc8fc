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
  IsNumber,
  IsOptional,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
} from "class-validator";
import { Field, Float, InputType, Int } from "type-graphql";
import { Audience, QuestionType, TrainingKind } from "../../../entities/trainings";
import { TORUN_DISTRICTS } from "../../../entities/districts";

/** What an organiser fills in; cross-field rules (dates, quotas) are checked in the service. */
@InputType("TrainingInput")
export class TrainingInput {
  @Field()
  @Length(3, 300)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20_000)
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

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => Float, { nullable: true, description: "With longitude, or neither: the venue on the map." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: "Must be a finite number" })
  @Min(-90, { message: "Must be between -90 and 90" })
  @Max(90, { message: "Must be between -90 and 90" })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: "Must be a finite number" })
  @Min(-180, { message: "Must be between -180 and 180" })
  @Max(180, { message: "Must be between -180 and 180" })
  longitude?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ protocols: ["https", "http"], require_protocol: true }, { message: "Must be an http(s) link" })
  onlineUrl?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(120, { each: true })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(120, { each: true })
  trainers?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  text?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(200, { each: true })
  choices?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  yes?: boolean | null;
}

/** Answers to the optional questions of the registration form. */
@InputType("RegistrationAnswersInput")
export class RegistrationAnswersInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  dietary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  accessibility?: string | null;

  @Field({ nullable: true, description: "Agreement to the training's consentText (required when it has one)." })
  @IsOptional()
  @IsBoolean()
  consent?: boolean;

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
  @Field(() => String, { nullable: true, description: "Keep the id of an existing question so that its answers stay with it." })
  @IsOptional()
  @MaxLength(16)
  id?: string | null;

  @Field(() => QuestionType)
  @IsEnum(QuestionType)
  type: QuestionType;

  @Field()
  @MaxLength(300)
  label: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  help?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  required: boolean = false;

  @Field(() => [String], { nullable: true, description: "The options of ONE_CHOICE and MANY_CHOICES (2 to 20)." })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(200, { each: true })
  options?: string[] | null;
}

@InputType("TrainingFeedbackInput")
export class TrainingFeedbackInput {
  @Field(() => Int)
  @IsInt()
  @Min(1, { message: "From 1 to 5" })
  @Max(5, { message: "From 1 to 5" })
  rating: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  useful?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  improve?: string | null;
}

@InputType("TrainingFilter")
export class TrainingFilter {
  @Field(() => TrainingKind, { nullable: true })
  @IsOptional()
  @IsEnum(TrainingKind)
  kind?: TrainingKind | null;

  @Field(() => Audience, { nullable: true })
  @IsOptional()
  @IsEnum(Audience)
  audience?: Audience | null;

  @Field(() => String, { nullable: true, description: "Exact topic tag." })
  @IsOptional()
  @MaxLength(120)
  topic?: string | null;

  @Field(() => Date, { nullable: true, description: "Starts at or after (inclusive)." })
  @IsOptional()
  @IsDate()
  startsFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Starts before (exclusive)." })
  @IsOptional()
  @IsDate()
  startsBefore?: Date | null;

  @Field({ nullable: true, description: "Include cancelled trainings (default true)." })
  @IsOptional()
  @IsBoolean()
  includeCancelled?: boolean;
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  key?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(255)
  fileName?: string | null;

  @Field({ defaultValue: false, description: "Visible to everyone; otherwise to registered attendees only." })
  @IsBoolean()
  public: boolean = false;
}

/** Whom the organisers invite: verified PES by category (activity) or district, and pasted addresses. */
@InputType("TrainingInvitationInput")
export class TrainingInvitationInput {
  @Field(() => [String], { nullable: true, description: "Organisation activities (as in the directory): their verified organisations are invited." })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(120, { each: true })
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
