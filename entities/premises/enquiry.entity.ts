import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organization } from "../organizations/organization.entity";
import { User } from "../users/user.entity";
import { Premises } from "./premises.entity";

/** Where an enquiry stands: NEW until the official replies (ANSWERED) or closes it (HANDLED). */
export enum EnquiryStatus {
  NEW = "NEW",
  ANSWERED = "ANSWERED",
  HANDLED = "HANDLED",
}
registerEnumType(EnquiryStatus, { name: "EnquiryStatus" });

/** "I am interested": a PES member's message about a premises to the official in charge. */
@ObjectType("PremisesEnquiry")
@Entity("premises_enquiries")
@Index("IDX_premises_enquiries_premises_created", ["premisesId", "createdAt"])
@Index("IDX_premises_enquiries_status", ["status", "premisesId"])
export class PremisesEnquiry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid" })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: "CASCADE" })
  @JoinColumn({ name: "premises_id" })
  premises?: Premises;

  @Index("IDX_premises_enquiries_user")
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Index("IDX_premises_enquiries_organization")
  @Column({ type: "uuid", nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: "SET NULL" })
  @JoinColumn({ name: "organization_id" })
  organization?: Organization;

  @Field()
  @Column({ type: "text" })
  message: string;

  @Field()
  @Index("IDX_premises_enquiries_created")
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field(() => EnquiryStatus)
  @Column({ type: "varchar", length: 16, default: EnquiryStatus.NEW })
  status: EnquiryStatus;

  /** The official's reply, as e-mailed to the enquirer (the last one when they replied twice). */
  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  reply: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  repliedAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  repliedById: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "replied_by_id" })
  repliedBy?: User;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  handledAt: Date | null;
}
