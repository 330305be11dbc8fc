import { Field, Int, ObjectType } from "type-graphql";
import { Audience, Training } from "../../../entities/trainings";
import { PageInfo } from "../pagination";

@ObjectType("TrainingEdge")
export class TrainingEdge {
  @Field()
  cursor: string;

  @Field(() => Training)
  node: Training;
}

@ObjectType("TrainingConnection")
export class TrainingConnection {
  @Field(() => [TrainingEdge])
  edges: TrainingEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

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
