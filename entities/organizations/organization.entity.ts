import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";

export enum LegalForm {
  SOCIAL_COOPERATIVE = "SOCIAL_COOPERATIVE",
  ASSOCIATION = "ASSOCIATION",
  FOUNDATION = "FOUNDATION",
  CIS = "CIS",
  KIS = "KIS",
  ZAZ = "ZAZ",
  WTZ = "WTZ",
  NONPROFIT_COMPANY = "NONPROFIT_COMPANY",
  OTHER = "OTHER",
}
registerEnumType(LegalForm, { name: "LegalForm" });

@ObjectType("Organization")
@Entity("organizations")
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Index("IDX_organizations_name")
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field()
  @Index("UQ_organizations_slug", { unique: true })
  @Column({ type: "varchar", length: 220 })
  slug: string;

  @Field(() => LegalForm)
  @Column({ type: "enum", enum: LegalForm, enumName: "legal_form", default: LegalForm.OTHER })
  legalForm: LegalForm;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 10, nullable: true })
  krs: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 10, nullable: true })
  nip: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 60, nullable: true })
  district: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 254, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  website: string | null;

  /** Set by an admin; until then the organisation's members act as residents. */
  @Field()
  @Index("IDX_organizations_verified")
  @Column({ type: "boolean", default: false })
  verified: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  verifiedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
