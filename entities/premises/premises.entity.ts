import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { numeric } from "../transformers";
import { User } from "../users/user.entity";
import { CODE_NOTE_LIMITS, PREMISES_CONDITIONS, PremisesCondition, sqlList, UTILITIES, Utility } from "../codes";

export enum PremisesStatus {
  AVAILABLE = "AVAILABLE",
  RESERVED = "RESERVED",
  RENTED = "RENTED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(PremisesStatus, { name: "PremisesStatus" });
registerEnumType(PremisesCondition, { name: "PremisesCondition", description: "Technical condition of a premises" });
registerEnumType(Utility, { name: "Utility", description: "A utility (medium) of a premises" });

export enum PremisesOrder {
  RENT_ASC = "RENT_ASC",
  RENT_DESC = "RENT_DESC",
  AREA_ASC = "AREA_ASC",
  AREA_DESC = "AREA_DESC",
  RENT_PER_M2_ASC = "RENT_PER_M2_ASC",
  NEWEST = "NEWEST",
}
registerEnumType(PremisesOrder, { name: "PremisesOrder" });

/** A municipal premises for rent (Baza lokali). */
@ObjectType("Premises")
@Entity("premises")
// Keyset pagination: every order is (sort column, id ASC); the DESC variants are in the migration.
// rent_per_m2 divides by the area; the service refuses these too, the database is the backstop.
@Check("CHK_premises_area_positive", `"area_m2" > 0`)
@Check("CHK_premises_rent_positive", `"monthly_rent" > 0`)
// Adding a code is a migration that rewrites these two checks.
@Check("CHK_premises_condition_code", `"condition" IN (${sqlList(PREMISES_CONDITIONS)})`)
@Check("CHK_premises_utilities_codes", `"utilities" <@ ARRAY[${sqlList(UTILITIES)}]::text[]`)
@Index("IDX_premises_rent_id", ["monthlyRent", "id"])
@Index("IDX_premises_area_id", ["areaM2", "id"])
@Index("IDX_premises_rent_per_m2_id", ["rentPerM2", "id"])
@Index("IDX_premises_rent_desc_id", { synchronize: false })
@Index("IDX_premises_area_desc_id", { synchronize: false })
@Index("IDX_premises_created_desc_id", { synchronize: false })
@Index("IDX_premises_search_trgm", { synchronize: false })
// Covering (area, rent) INCLUDE (status): the exact totalCount of a bounded search is an
// index-only scan instead of a scan of the table (migration 1764100005000).
@Index("IDX_premises_area_rent_cover", { synchronize: false })
export class Premises {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** The city's reference number, e.g. MZN/LU/001. */
  @Field(() => String, { nullable: true })
  @Index("UQ_premises_code", { unique: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  code: string | null;

  @Field()
  @Column({ type: "varchar", length: 200 })
  address: string;

  @Field()
  @Index("IDX_premises_district")
  @Column({ type: "varchar", length: 60 })
  district: string;

  @Field(() => Float)
  @Column({ type: "numeric", precision: 10, scale: 2, transformer: numeric })
  areaM2: number;

  @Field(() => Float)
  @Column({ type: "numeric", precision: 12, scale: 2, transformer: numeric })
  monthlyRent: number;

  /**
   * monthlyRent / areaM2 rounded to grosze, kept by a database trigger (see the migration)
   * so that it can be sorted on with an index. Not a GENERATED column: TypeORM keys those
   * by database name, which breaks databases cloned from a template.
   */
  @Field(() => Float)
  @Column({ type: "numeric", precision: 12, scale: 2, transformer: numeric, insert: false, update: false })
  rentPerM2: number;

  @Field(() => PremisesStatus)
  @Index("IDX_premises_status")
  @Column({ type: "enum", enum: PremisesStatus, enumName: "premises_status", default: PremisesStatus.AVAILABLE })
  status: PremisesStatus;

  @Field()
  @Index("IDX_premises_step_free")
  @Column({ type: "boolean", default: false })
  stepFree: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: "double precision", nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: "double precision", nullable: true })
  longitude: number | null;

  /**
   * address, district and description folded for Polish (f_unaccent: lower case, no
   * accents, ł → l), kept by the same trigger; its trigram GIN index serves the accent-
   * and typo-tolerant text filter without refolding every row on recheck.
   */
  @Column({ type: "text", default: "", select: false, insert: false, update: false })
  searchText: string;

  /** 0 = ground floor, -1 = basement. */
  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  floor: number | null;

  /** A code (entities/codes.ts), shown translated; the API accepts only the codes. */
  @Field(() => PremisesCondition, { nullable: true })
  @Column({ type: "varchar", length: 20, nullable: true })
  condition: PremisesCondition | null;

  @Field(() => String, { nullable: true, description: "Free text about the condition beyond the code (older text that matched no code lands here)" })
  @Column({ type: "varchar", length: CODE_NOTE_LIMITS.premisesCondition, nullable: true })
  conditionNote: string | null;

  @Field(() => [Utility])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  utilities: Utility[];

  @Field(() => String, { nullable: true, description: "Other utilities in free text (older text that matched no code lands here)" })
  @Column({ type: "varchar", length: CODE_NOTE_LIMITS.utilities, nullable: true })
  utilitiesNote: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  permittedUse: string | null;

  /** YYYY-MM-DD. */
  @Field(() => String, { nullable: true })
  @Column({ type: "date", nullable: true })
  availableFrom: string | null;

  /** PES may rent it on preferential terms without a tender. */
  @Field()
  @Index("IDX_premises_preferential")
  @Column({ type: "boolean", default: false })
  preferentialRent: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  administrator: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 120, nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 254, nullable: true })
  contactEmail: string | null;

  /** The official who created it; they get its enquiries. */
  @Field(() => ID, { nullable: true })
  @Index("IDX_premises_owner")
  @Column({ type: "uuid", nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "owner_id" })
  owner?: User;

  /** Millisecond precision so that a JS Date carries it exactly in a cursor. */
  @Field()
  @CreateDateColumn({ type: "timestamptz", precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz", precision: 3 })
  updatedAt: Date;
}
