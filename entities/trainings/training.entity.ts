import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { User } from "../users/user.entity";

export enum Audience {
  OFFICIALS = "OFFICIALS",
  PES = "PES",
  RESIDENTS = "RESIDENTS",
}
registerEnumType(Audience, { name: "Audience", description: "Who a training is for: city officials, PES representatives, residents." });

export enum TrainingKind {
  TRAINING = "TRAINING",
  MEETING = "MEETING",
}
registerEnumType(TrainingKind, { name: "TrainingKind" });

export enum QuestionType {
  SHORT_TEXT = "SHORT_TEXT",
  LONG_TEXT = "LONG_TEXT",
  ONE_CHOICE = "ONE_CHOICE",
  MANY_CHOICES = "MANY_CHOICES",
  YES_NO = "YES_NO",
}
registerEnumType(QuestionType, { name: "QuestionType" });

/** One question of a training's registration form, as stored in `trainings.questions`. */
export interface TrainingQuestionDef {
  id: string;
  type: QuestionType;
  label: string;
  help: string | null;
  required: boolean;
  options: string[];
}

export const AUDIENCES: Audience[] = [Audience.OFFICIALS, Audience.PES, Audience.RESIDENTS];

/** A joint training or a meeting of PES and the administration, with limited seats. */
@ObjectType("Training")
@Entity("trainings")
@Index("IDX_trainings_starts_at", ["startsAt", "id"])
// GIN indexes on the array columns (filters by audience and topic) live in the migration.
@Index("IDX_trainings_audience_gin", { synchronize: false })
@Index("IDX_trainings_topics_gin", { synchronize: false })
export class Training {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => TrainingKind)
  @Index("IDX_trainings_kind")
  @Column({ type: "enum", enum: TrainingKind, enumName: "training_kind", default: TrainingKind.TRAINING })
  kind: TrainingKind;

  @Field()
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field()
  @Column({ type: "varchar", length: 300 })
  venue: string;

  @Field(() => String, { nullable: true, description: "Street address of the venue; null for online events." })
  @Column({ type: "varchar", length: 300, nullable: true })
  address: string | null;

  @Field(() => Float, { nullable: true, description: "Where the venue is, for the map; with longitude, or neither." })
  @Column({ type: "double precision", nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: "double precision", nullable: true })
  longitude: number | null;

  /** Exposed through a field resolver: only organisers and confirmed participants see it. */
  @Column({ type: "varchar", length: 500, nullable: true })
  onlineUrl: string | null;

  @Field()
  @Column({ type: "timestamptz" })
  startsAt: Date;

  @Field()
  @Column({ type: "timestamptz" })
  endsAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  registrationDeadline: Date | null;

  @Field(() => Int)
  @Column({ type: "int" })
  capacity: number;

  @Field(() => [Audience])
  @Column({ type: "enum", enum: Audience, enumName: "training_audience", array: true })
  audience: Audience[];

  /** Seats reserved for officials; null = unlimited within the capacity. */
  @Field(() => Int, { nullable: true, description: "Most CONFIRMED seats for officials; null = unlimited within capacity." })
  @Column({ type: "int", nullable: true })
  officialsQuota: number | null;

  @Field(() => Int, { nullable: true, description: "Most CONFIRMED seats for PES; null = unlimited within capacity." })
  @Column({ type: "int", nullable: true })
  pesQuota: number | null;

  @Field(() => Int, { nullable: true, description: "Most CONFIRMED seats for residents; null = unlimited within capacity." })
  @Column({ type: "int", nullable: true })
  residentsQuota: number | null;

  @Field(() => [String])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  topics: string[];

  @Field(() => [String])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  trainers: string[];

  @Field(() => String, { nullable: true, description: "Host or partner organisation." })
  @Column({ type: "varchar", length: 300, nullable: true })
  host: string | null;

  @Field(() => String, { nullable: true, description: "When set, registering needs `answers.consent: true`." })
  @Column({ type: "text", nullable: true })
  consentText: string | null;

  @Field({ description: "The registration form asks about dietary needs." })
  @Column({ type: "boolean", default: false })
  askDietary: boolean;

  @Field({ description: "The registration form asks about accessibility needs." })
  @Column({ type: "boolean", default: false })
  askAccessibility: boolean;

  /** The organiser's own questions of the registration form (validated in the service). */
  @Column({ type: "jsonb", default: () => "'[]'" })
  questions: TrainingQuestionDef[];

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  cancelledAt: Date | null;

  @Index("IDX_trainings_created_by")
  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;

  /** The quota of one audience (null = unlimited within capacity). */
  quotaOf(a: Audience): number | null {
    return a === Audience.OFFICIALS ? this.officialsQuota : a === Audience.PES ? this.pesQuota : this.residentsQuota;
  }
}
