import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { User } from "../users/user.entity";

export enum SubscriberStatus {
  PENDING = "PENDING",
  CONFIRMED = "CONFIRMED",
  UNSUBSCRIBED = "UNSUBSCRIBED",
}
registerEnumType(SubscriberStatus, { name: "NewsletterSubscriberStatus" });

/**
 * A newsletter address. Double opt-in: PENDING until the confirmation link is followed;
 * only CONFIRMED addresses get issues; PENDING ones past `expiresAt` are deleted.
 */
@Entity("newsletter_subscribers")
@Index("IDX_newsletter_subscribers_status", ["status", "expiresAt"])
export class NewsletterSubscriber {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Lower-cased. */
  @Index("UQ_newsletter_subscribers_email", { unique: true })
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "enum", enum: SubscriberStatus, enumName: "newsletter_subscriber_status", default: SubscriberStatus.PENDING })
  status: SubscriberStatus;

  /**
   * Random value bound into the confirmation token; a new subscription attempt after
   * unsubscribing gets a new one, so old confirmation links stop working.
   */
  @Column({ type: "varchar", length: 32 })
  confirmNonce: string;

  /** When the person ticked the consent box (proof of consent). */
  @Column({ type: "timestamptz" })
  consentAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  confirmedAt: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  unsubscribedAt: Date | null;

  /** A PENDING address is forgotten after this. */
  @Column({ type: "timestamptz", nullable: true })
  expiresAt: Date | null;

  @Column({ type: "varchar", length: 5, default: "pl" })
  locale: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}

export enum NewsletterIssueStatus {
  DRAFT = "DRAFT",
  SENT = "SENT",
}
registerEnumType(NewsletterIssueStatus, { name: "NewsletterIssueStatus" });

/** One newsletter: an intro and numbered items, each a published news post. */
@ObjectType("NewsletterIssue")
@Entity("newsletter_issues")
@Index("IDX_newsletter_issues_sent", ["status", "sentAt"])
export class NewsletterIssue {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  subject: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  intro: string | null;

  /** For subscribers who chose English; the Polish subject/intro when null (the posts stay as written). */
  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  subjectEn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  introEn: string | null;

  /** The items in order (post ids). */
  @Field(() => [ID])
  @Column({ type: "uuid", array: true, default: () => "'{}'" })
  postIds: string[];

  @Field(() => NewsletterIssueStatus)
  @Column({ type: "enum", enum: NewsletterIssueStatus, enumName: "newsletter_issue_status", default: NewsletterIssueStatus.DRAFT })
  status: NewsletterIssueStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  sentAt: Date | null;

  /** Deliveries queued so far (each subscriber at most once). */
  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  recipientCount: number;

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
}
