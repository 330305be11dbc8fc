import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { numeric } from "../transformers";
import { Organization } from "../organizations/organization.entity";
import { User } from "../users/user.entity";
import { Premises } from "./premises.entity";

/** OPEN until the official awards one application (AWARDED) or closes without a choice (CLOSED). */
export enum LettingRoundStatus {
  OPEN = "OPEN",
  AWARDED = "AWARDED",
  CLOSED = "CLOSED",
}
registerEnumType(LettingRoundStatus, { name: "LettingRoundStatus" });

/**
 * A letting round: verified PES apply for premises until the deadline; the applications
 * are sealed like offers on demands (server/modules/sealing.ts).
 */
@ObjectType("PremisesLettingRound")
@Entity("premises_letting_rounds")
@Index("IDX_premises_letting_rounds_premises", ["premisesId", "createdAt"])
// One open round per premises at a time.
@Index("UQ_premises_letting_rounds_open", ["premisesId"], { unique: true, where: `"status" = 'OPEN'` })
@Check("CHK_premises_letting_rounds_minimum_rent", `"minimum_rent" >= 0`)
export class PremisesLettingRound {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid" })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: "CASCADE" })
  @JoinColumn({ name: "premises_id" })
  premises?: Premises;

  @Field({ description: "Applications are sealed until this instant." })
  @Column({ type: "timestamptz" })
  deadline: Date;

  @Field(() => Float, { description: "PLN per month; a lower proposed rent is refused." })
  @Column({ type: "numeric", precision: 12, scale: 2, transformer: numeric })
  minimumRent: number;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  permittedUse: string | null;

  @Field({ description: "Whether PES preferential rent applies in this round." })
  @Column({ type: "boolean", default: false })
  preferentialRent: boolean;

  @Field(() => String, { nullable: true, description: "The documents applicants must bring or attach." })
  @Column({ type: "text", nullable: true })
  documents: string | null;

  @Field(() => LettingRoundStatus)
  @Column({ type: "varchar", length: 16, default: LettingRoundStatus.OPEN })
  status: LettingRoundStatus;

  @Column({ type: "uuid", nullable: true })
  awardedApplicationId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}

/** A verified PES's sealed application in a letting round. */
@ObjectType("PremisesLettingApplication")
@Entity("premises_letting_applications")
@Index("UQ_premises_letting_applications_round_org", ["roundId", "organizationId"], { unique: true })
@Check("CHK_premises_letting_applications_rent", `"proposed_rent" > 0`)
export class PremisesLettingApplication {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid" })
  roundId: string;

  @ManyToOne(() => PremisesLettingRound, { onDelete: "CASCADE" })
  @JoinColumn({ name: "round_id" })
  round?: PremisesLettingRound;

  @Field(() => ID)
  @Index("IDX_premises_letting_applications_organization")
  @Column({ type: "uuid" })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organization_id" })
  organization?: Organization;

  @Column({ type: "uuid", nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Field(() => Float, { description: "PLN per month." })
  @Column({ type: "numeric", precision: 12, scale: 2, transformer: numeric })
  proposedRent: number;

  @Field()
  @Column({ type: "text" })
  intendedUse: string;

  @Field(() => [String], { description: "Links to the documents the round asks for." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  attachments: string[];

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
