import { Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { PremisesLettingApplication } from "../premises/letting.entity";
import { User } from "../users/user.entity";
import { Demand } from "./demand.entity";
import { Offer } from "./offer.entity";

/**
 * A document attached to a demand (several), to an offer (at most one; sealed like the
 * offer) or to an application in a premises letting round (several; sealed like it). The bytes are in the "marketplace-attachments" storage under `key`; the type
 * was found from the content, the name is sanitised.
 */
@ObjectType("Attachment")
@Entity("marketplace_attachments")
@Check("CHK_marketplace_attachments_one_owner", `num_nonnulls("demand_id", "offer_id", "letting_application_id") = 1`)
@Index("IDX_marketplace_attachments_demand", ["demandId"], { where: `"demand_id" IS NOT NULL` })
@Index("UQ_marketplace_attachments_offer", ["offerId"], { unique: true, where: `"offer_id" IS NOT NULL` })
@Index("IDX_marketplace_attachments_letting_application", ["lettingApplicationId"], { where: `"letting_application_id" IS NOT NULL` })
export class Attachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", nullable: true })
  demandId: string | null;

  @ManyToOne(() => Demand, { onDelete: "CASCADE" })
  @JoinColumn({ name: "demand_id" })
  demand?: Demand;

  @Column({ type: "uuid", nullable: true })
  offerId: string | null;

  @ManyToOne(() => Offer, { onDelete: "CASCADE" })
  @JoinColumn({ name: "offer_id" })
  offer?: Offer;

  @Column({ type: "uuid", nullable: true })
  lettingApplicationId: string | null;

  @ManyToOne(() => PremisesLettingApplication, { onDelete: "CASCADE" })
  @JoinColumn({ name: "letting_application_id" })
  lettingApplication?: PremisesLettingApplication;

  @Index("UQ_marketplace_attachments_key", { unique: true })
  @Column({ type: "varchar", length: 64 })
  key: string;

  @Field({ description: "Sanitised; its extension matches the real type." })
  @Column({ type: "varchar", length: 200 })
  fileName: string;

  @Field({ description: "Found from the content, not from the name." })
  @Column({ type: "varchar", length: 100 })
  contentType: string;

  @Field(() => Int, { description: "Bytes." })
  @Column({ type: "int" })
  size: number;

  @Index("IDX_marketplace_attachments_uploaded_by")
  @Column({ type: "uuid" })
  uploadedById: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "uploaded_by_id" })
  uploadedBy?: User;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
