import { Field, Float, Int, ObjectType } from "type-graphql";
import { Audience, QuestionType, Training } from "../../../entities/trainings";
import { connectionOf } from "../pagination";

@ObjectType("TrainingConnection")
export class TrainingConnection extends connectionOf(Training, "Training") {}

@ObjectType("AudienceSeats", { description: "Seats of one invited audience." })
export class AudienceSeats {
  @Field(() => Audience)
  audience: Audience;

  @Field(() => Int, { nullable: true, description: "null = unlimited within capacity" })
  quota: number | null;

  @Field(() => Int)
  confirmedCount: number;

  @Field(() => Int, { description: "Seats this audience can still get (quota and capacity both apply)." })
  seatsLeft: number;
}

@ObjectType("TrainingFigures", { description: "Programme figures from held trainings and recorded attendance." })
export class TrainingFigures {
  @Field(() => Int, { description: "Trainings (kind TRAINING) held, not cancelled." })
  trainingsHeld: number;

  @Field(() => Int, { description: "Meetings held, not cancelled." })
  meetingsHeld: number;

  @Field(() => Int, { description: "Attendances recorded (one person at two events counts twice)." })
  attendances: number;

  @Field(() => Int, { description: "Different people who attended at least one event." })
  peopleTrained: number;

  @Field(() => Int)
  officialsTrained: number;

  @Field(() => Int)
  pesTrained: number;

  @Field(() => Int)
  residentsTrained: number;
}

@ObjectType("TrainingQuestion", { description: "One question of a training's registration form, defined by its organiser." })
export class TrainingQuestion {
  @Field() id: string;
  @Field(() => QuestionType) type: QuestionType;
  @Field() label: string;
  @Field(() => String, { nullable: true }) help: string | null;
  @Field() required: boolean;
  @Field(() => [String]) options: string[];
}

@ObjectType("QuestionAnswer", { description: "A registration's answer to one of the organiser's questions." })
export class QuestionAnswer {
  @Field() questionId: string;
  @Field() label: string;
  @Field(() => String, { nullable: true, description: "Text answers and ONE_CHOICE." }) text: string | null;
  @Field(() => [String], { nullable: true, description: "MANY_CHOICES." }) choices: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "YES_NO." }) yes: boolean | null;
  @Field({ description: "The answer as one line of text (choices joined with '; ', yes/no)." }) display: string;
}

@ObjectType("TrainingFeedbackSummary", { description: "Anonymous survey answers of one training (organisers)." })
export class TrainingFeedbackSummary {
  @Field(() => Int) responses: number;
  @Field(() => Float, { nullable: true }) averageRating: number | null;
  @Field(() => [Int], { description: "How many gave 1, 2, 3, 4 and 5." }) ratingCounts: number[];
  @Field(() => [String]) useful: string[];
  @Field(() => [String]) improve: string[];
}

@ObjectType("TrainingFeedbackForm", { description: "What the survey link shows." })
export class TrainingFeedbackForm {
  @Field(() => Training) training: Training;
  @Field({ description: "Already answered (once per attendee)." }) given: boolean;
  @Field({ description: "The person was checked in (only they may answer)." }) attended: boolean;
}
