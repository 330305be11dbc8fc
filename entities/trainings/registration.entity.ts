import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../users/user.entity";
import { Audience, Training } from "./training.entity";

export enum RegistrationStatus {
  CONFIRMED = "CONFIRMED",
  WAITLISTED = "WAITLISTED",
  CANCELLED = "CANCELLED",
}
registerEnumType(RegistrationStatus, { name: "RegistrationStatus" });

/** Answers to the optional questions of the registration form. */
export interface RegistrationAnswers {
  dietary?: string | null;
  accessibility?: string | null;
  consent?: boolean;
  /** Answers to the organiser's own questions, by question id (see TrainingQuestion). */
  questions?: Record<string, string | string[] | boolean>;
}

/** A person's place at a training: a seat, a place on the waiting list, or a cancelled one. */
@ObjectType("Registration")
@Entity("registrations")
// One live registration per person and training; cancelled ones stay as history. A
// colleague registered in a group is a person of their own (by e-mail), not the account.
@Index("UQ_registrations_live", ["trainingId", "userId"], { unique: true, where: `"status" <> 'CANCELLED' AND "attendee_email" IS NULL` })
@Index("UQ_registrations_live_guest", ["trainingId", "attendeeEmail"], { unique: true, where: `"status" <> 'CANCELLED' AND "attendee_email" IS NOT NULL` })
// Seat counts, the waiting-list order and promotion all read (training, status, time).
@Index("IDX_registrations_training_status", ["trainingId", "status", "registeredAt"])
@Index("IDX_registrations_user", ["userId", "registeredAt"])
@Index("UQ_registrations_check_in_code", ["trainingId", "checkInCode"], { unique: true })
export class Registration {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  trainingId: string;

  @ManyToOne(() => Training, { onDelete: "CASCADE" })
  @JoinColumn({ name: "training_id" })
  training?: Training;

  /** The account: the person themselves, or for a colleague registered in a group, the registrant. */
  @Column({ type: "uuid" })
  userId: string;

  /**
   * Set for a colleague registered by a PES member (group registration): the person who
   * attends, with their own seat, codes and e-mails; null when the account holder attends.
   * The e-mail is stored lower-cased (the unique index compares it as is).
   */
  @Field(() => String, { nullable: true, description: "A colleague registered in a group: their name (null when the account holder attends)." })
  @Column({ type: "varchar", length: 200, nullable: true })
  attendeeName: string | null;

  @Column({ type: "varchar", length: 320, nullable: true })
  attendeeEmail: string | null;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Field(() => RegistrationStatus)
  @Column({ type: "enum", enum: RegistrationStatus, enumName: "registration_status" })
  status: RegistrationStatus;

  @Field(() => Audience, { description: "The audience the person registered as (counts against its quota)." })
  @Column({ type: "enum", enum: Audience, enumName: "training_audience" })
  audience: Audience;

  @Column({ type: "jsonb", default: () => "'{}'" })
  answers: RegistrationAnswers;

  /** Set with clock_timestamp() while the training row is locked, so it is the decision order. */
  @Field()
  @Column({ type: "timestamptz", default: () => "clock_timestamp()" })
  registeredAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the organiser checked the person in." })
  @Column({ type: "timestamptz", nullable: true })
  attendedAt: Date | null;

  /** Secret of the "cancel my registration" link in e-mails. */
  @Index("UQ_registrations_cancel_token", { unique: true })
  @Column({ type: "varchar", length: 64 })
  cancelToken: string;

  /** Short code in the confirmation's QR code, typed or scanned at check-in. */
  @Column({ type: "varchar", length: 16 })
  checkInCode: string;
}
