import { Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organization } from "../organizations/organization.entity";
import { User } from "../users/user.entity";
import { Premises } from "./premises.entity";

/** A time when the official shows premises to up to `capacity` people. */
@ObjectType("PremisesViewingSlot")
@Entity("premises_viewing_slots")
@Index("IDX_premises_viewing_slots_premises_starts", ["premisesId", "startsAt"])
@Check("CHK_premises_viewing_slots_capacity", `"capacity" BETWEEN 1 AND 100`)
@Check("CHK_premises_viewing_slots_times", `"ends_at" > "starts_at"`)
export class PremisesViewingSlot {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid" })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: "CASCADE" })
  @JoinColumn({ name: "premises_id" })
  premises?: Premises;

  @Field()
  @Index("IDX_premises_viewing_slots_starts")
  @Column({ type: "timestamptz" })
  startsAt: Date;

  @Field()
  @Column({ type: "timestamptz" })
  endsAt: Date;

  /** Where to meet (the entrance, the building manager's office…). */
  @Field()
  @Column({ type: "varchar", length: 200 })
  place: string;

  @Field(() => Int, { description: "How many people may book this slot." })
  @Column({ type: "int" })
  capacity: number;

  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  /** Live bookings (not a column: filled by the service in one statement per list). */
  @Field(() => Int)
  bookedCount?: number;

  @Field({ description: "Whether the viewer has a live booking of this slot." })
  bookedByMe?: boolean;
}

/** One person's place at a viewing; `cancelledAt` set when they cancel (by the e-mail's link). */
@ObjectType("PremisesViewingBooking")
@Entity("premises_viewing_bookings")
// One active booking per person and slot; cancelled ones stay as history.
@Index("UQ_premises_viewing_bookings_active", ["slotId", "userId"], { unique: true, where: `"cancelled_at" IS NULL` })
export class PremisesViewingBooking {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid" })
  slotId: string;

  @ManyToOne(() => PremisesViewingSlot, { onDelete: "CASCADE" })
  @JoinColumn({ name: "slot_id" })
  slot?: PremisesViewingSlot;

  @Index("IDX_premises_viewing_bookings_user")
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ type: "uuid", nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: "SET NULL" })
  @JoinColumn({ name: "organization_id" })
  organization?: Organization;

  /** Stands for the person in the e-mail's cancel link; never exposed in the API. */
  @Index("UQ_premises_viewing_bookings_cancel_token", { unique: true })
  @Column({ type: "varchar", length: 64 })
  cancelToken: string;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  cancelledAt: Date | null;
}
