import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Organization } from "../organizations/organization.entity";
import { User } from "../users/user.entity";
import { numeric } from "../transformers";
import { Demand } from "./demand.entity";

/** An organisation's sealed answer to a demand; one per organisation and demand. */
@ObjectType("Offer")
@Entity("offers")
@Index("UQ_offers_demand_organization", ["demandId", "organizationId"], { unique: true })
export class Offer {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  demandId: string;

  @ManyToOne(() => Demand, { onDelete: "CASCADE" })
  @JoinColumn({ name: "demand_id" })
  demand?: Demand;

  @Index("IDX_offers_organization")
  @Column({ type: "uuid" })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organization_id" })
  organization?: Organization;

  /** Who sent (or last replaced) it; the one e-mailed about the outcome. */
  @Index("IDX_offers_submitted_by")
  @Column({ type: "uuid" })
  submittedById: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "submitted_by_id" })
  submittedBy?: User;

  @Field(() => Float, { description: "PLN." })
  @Column({ type: "numeric", precision: 12, scale: 2, transformer: numeric })
  price: number;

  @Field()
  @Column({ type: "text" })
  message: string;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
