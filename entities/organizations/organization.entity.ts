import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { DateScalar } from "../marketplace/date.scalar";

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

/** A certification mark such as "Zakup Prospołeczny", valid between two days (inclusive). */
@ObjectType("OrganizationCertification")
export class OrganizationCertification {
  @Field()
  name: string;

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar)
  validTo: string;
}

@ObjectType("Organization")
@Entity("organizations")
// Directory search (marketplace migration): accent-folded trigram name search and activity lookups.
@Index("IDX_organizations_name_trgm", { synchronize: false })
@Index("IDX_organizations_activities", { synchronize: false })
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
  @Index("IDX_organizations_legal_form")
  @Column({ type: "enum", enum: LegalForm, enumName: "legal_form", default: LegalForm.OTHER })
  legalForm: LegalForm;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 10, nullable: true })
  krs: string | null;

  /** One organisation per NIP: the services' check says so first, the index when two register at once. */
  @Field(() => String, { nullable: true })
  @Index("UQ_organizations_nip", { unique: true, where: `"nip" IS NOT NULL` })
  @Column({ type: "varchar", length: 10, nullable: true })
  nip: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  @Index("IDX_organizations_district")
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

  @Field(() => [String], { description: "Areas of activity, e.g. \"catering\"." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  activities: string[];

  /** An external https logo; `Organization.logoUrl` (a field resolver) prefers an uploaded one. */
  @Column({ type: "varchar", length: 500, nullable: true })
  logoUrl: string | null;

  /** The uploaded logo in the "organization-logos" storage area (see organizations.logo.ts); one organisation's. */
  @Index("UQ_organizations_logo_key", { unique: true })
  @Column({ type: "varchar", length: 64, nullable: true })
  logoKey: string | null;

  @Field(() => [OrganizationCertification])
  @Column({ type: "jsonb", default: () => "'[]'" })
  certifications: OrganizationCertification[];

  /** Set by an admin; until then the organisation's members act as residents. */
  @Field()
  @Index("IDX_organizations_verified")
  @Column({ type: "boolean", default: false })
  verified: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  verifiedAt: Date | null;

  /** An admin refused to verify it, with the reason e-mailed to its owner; it leaves the approvals queue. */
  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  rejectedAt: Date | null;

  @Column({ type: "varchar", length: 1000, nullable: true })
  rejectionReason: string | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
