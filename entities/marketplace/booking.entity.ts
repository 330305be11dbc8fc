import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { User } from "../users/user.entity";
import { DateScalar } from "./date.scalar";
import { EquipmentNotice } from "./equipment-notice.entity";

export enum BookingStatus {
  REQUESTED = "REQUESTED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  CANCELLED = "CANCELLED",
  RETURNED = "RETURNED",
}
registerEnumType(BookingStatus, { name: "BookingStatus" });

/**
 * A request to borrow a LEND notice's item for whole days [from, to]. The database refuses
 * two APPROVED bookings of one notice that share a day, whatever the concurrency.
 */
@ObjectType("Booking")
@Entity("bookings")
@Check("CHK_bookings_dates", `"from_date" <= "to_date"`)
@Check("CHK_bookings_extension_after_end", `"extension_to" IS NULL OR "extension_to" > "to_date"`)
@Index("IDX_bookings_approved_days", ["fromDate", "toDate"], { where: `"status" = 'APPROVED'` })
@Exclusion(
  "EXC_bookings_approved_overlap",
  `USING gist ("notice_id" WITH =, daterange("from_date", "to_date", '[]') WITH &&) WHERE ("status" = 'APPROVED')`,
)
export class Booking {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("IDX_bookings_notice")
  @Column({ type: "uuid" })
  noticeId: string;

  @ManyToOne(() => EquipmentNotice, { onDelete: "CASCADE" })
  @JoinColumn({ name: "notice_id" })
  notice?: EquipmentNotice;

  @Index("IDX_bookings_borrower")
  @Column({ type: "uuid" })
  borrowerId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "borrower_id" })
  borrower?: User;

  @Field(() => BookingStatus)
  @Index("IDX_bookings_status")
  @Column({ type: "enum", enum: BookingStatus, enumName: "booking_status", default: BookingStatus.REQUESTED })
  status: BookingStatus;

  /** First day, inclusive. */
  @Field(() => DateScalar, { name: "from" })
  @Column({ type: "date" })
  fromDate: string;

  /** Last day, inclusive. */
  @Field(() => DateScalar, { name: "to" })
  @Column({ type: "date" })
  toDate: string;

  @Field(() => String, { nullable: true, description: "The borrower's message to the owner." })
  @Column({ type: "text", nullable: true })
  message: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  /** When the owner's side handed the item to the borrower (recorded by recordBookingHandover). */
  @Field(() => Date, { nullable: true, description: "When the item was handed to the borrower." })
  @Column({ type: "timestamptz", nullable: true })
  handedOverAt: Date | null;

  /** Who recorded the handover (the poster or a member of the owning organisation); kept for the record, not exposed. */
  @Column({ type: "uuid", nullable: true })
  handedOverById: string | null;

  /** The borrower's side of the handover (confirmBookingReceipt): both sides are on record. */
  @Field(() => Date, { nullable: true, description: "When the borrower confirmed receiving the item." })
  @Column({ type: "timestamptz", nullable: true })
  receivedAt: Date | null;

  /**
   * A pending extension: the new last day the borrower asked for. The owner's approval moves
   * `to` there — under the exclusion constraint, like an approval — and clears it.
   */
  @Field(() => DateScalar, { nullable: true, description: "The new last day of a pending extension request; null when none is pending." })
  @Column({ type: "date", nullable: true })
  extensionTo: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  extensionRequestedAt: Date | null;

  /** The last refusal of an extension (kept until the next request), with the owner's reason. */
  @Field(() => Date, { nullable: true, description: "When the owner last refused an extension." })
  @Column({ type: "timestamptz", nullable: true })
  extensionRefusedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The owner's reason for the last refused extension." })
  @Column({ type: "text", nullable: true })
  extensionRefusalReason: string | null;

  @Field(() => Date, { nullable: true, description: "When the item came back (recorded by returnBooking)." })
  @Column({ type: "timestamptz", nullable: true })
  returnedAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  returnedById: string | null;

  @Field(() => String, { nullable: true, description: "Condition of the item on return, free text (e.g. \"bez uszkodzeń\")." })
  @Column({ type: "varchar", length: 60, nullable: true })
  returnCondition: string | null;

  @Field(() => String, { nullable: true, description: "The owner's note on the return." })
  @Column({ type: "text", nullable: true })
  returnNote: string | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
