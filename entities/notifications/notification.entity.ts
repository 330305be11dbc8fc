import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index } from "typeorm";
import { UserOwnedRow } from "../users/user-owned-row";

/** The kinds of per-person events that go through the notification centre. */
export enum NotificationKind {
  BOOKING_REQUEST = "BOOKING_REQUEST",
  DEMAND_QUESTION_ANSWER = "DEMAND_QUESTION_ANSWER",
  ENQUIRY_REPLY = "ENQUIRY_REPLY",
  SAVED_SEARCH_MATCH = "SAVED_SEARCH_MATCH",
  NEW_TRAINING = "NEW_TRAINING",
  /** New premises in a district the person follows. */
  NEW_PREMISES = "NEW_PREMISES",
  /** A new marketplace notice in a followed category or district, or by a followed organisation. */
  NEW_NOTICE = "NEW_NOTICE",
  /** Someone booked a viewing of premises the person is in charge of (or receives the enquiries of). */
  VIEWING_BOOKED = "VIEWING_BOOKED",
}
registerEnumType(NotificationKind, { name: "NotificationKind" });

/** How a person wants e-mails of one kind: at once, in a digest, or not at all (the list on the site always has them). */
export enum NotificationDelivery {
  IMMEDIATE = "IMMEDIATE",
  DAILY = "DAILY",
  WEEKLY = "WEEKLY",
  NEVER = "NEVER",
}
registerEnumType(NotificationDelivery, { name: "NotificationDelivery" });

/** One event in a person's notification list; its e-mail text is kept for a digest. */
@ObjectType("Notification")
@Entity("notifications")
@Index("IDX_notifications_user_created", ["userId", "createdAt"])
export class Notification extends UserOwnedRow {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  @Column({ type: "varchar", length: 40 })
  kind: NotificationKind;

  /** In the person's language at the time of the event. */
  @Field()
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Field()
  @Column({ type: "text" })
  body: string;

  /** A path inside the site (e.g. `/marketplace/notices/…`). */
  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  link: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  readAt: Date | null;

  /** Null while a digest e-mail is still owed (DAILY/WEEKLY); set once it was queued or never will be. */
  @Column({ type: "timestamptz", nullable: true })
  mailedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}

/** A person's delivery choice for one kind; no row = IMMEDIATE. */
@Entity("notification_preferences")
@Check("CHK_notification_preferences_delivery", `"delivery" IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER')`)
@Index("UQ_notification_preferences_user_kind", ["userId", "kind"], { unique: true })
export class NotificationPreference extends UserOwnedRow {
  @Column({ type: "varchar", length: 40 })
  kind: NotificationKind;

  @Column({ type: "varchar", length: 10 })
  delivery: NotificationDelivery;
}

/**
 * The claim of one digest: one row per person, period (DAILY/WEEKLY) and period key (the
 * Europe/Warsaw date the period ended), so any number of nodes send it exactly once.
 */
@Entity("notification_digests")
@Index("UQ_notification_digests_user_period", ["userId", "period", "periodKey"], { unique: true })
export class NotificationDigest extends UserOwnedRow {
  @Column({ type: "varchar", length: 10 })
  period: NotificationDelivery;

  @Column({ type: "varchar", length: 10 })
  periodKey: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}

/** What a person can follow: new things of an organisation, a marketplace category, a district, a kind of training. */
export enum FollowKind {
  ORGANIZATION = "ORGANIZATION",
  MARKETPLACE_CATEGORY = "MARKETPLACE_CATEGORY",
  DISTRICT = "DISTRICT",
  TRAINING_KIND = "TRAINING_KIND",
}
registerEnumType(FollowKind, { name: "FollowKind" });

/** One thing a person follows; its events reach them through `notify`. */
@ObjectType("Follow")
@Entity("follows")
@Index("UQ_follows_user_kind_value", ["userId", "kind", "value"], { unique: true })
@Index("IDX_follows_kind_value", ["kind", "value"])
export class Follow extends UserOwnedRow {
  @Field(() => FollowKind)
  @Column({ type: "varchar", length: 30 })
  kind: FollowKind;

  /** An organisation's id, a category, a district, or a TrainingKind. */
  @Field()
  @Column({ type: "varchar", length: 100 })
  value: string;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
