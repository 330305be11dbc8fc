import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { BeforeInsert, Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { User } from "../users/user.entity";
import { numeric } from "../transformers";

export enum DemandKind {
  COMMISSION = "COMMISSION",
  REQUEST_FOR_QUOTATION = "REQUEST_FOR_QUOTATION",
}
registerEnumType(DemandKind, { name: "DemandKind" });

export enum DemandStatus {
  OPEN = "OPEN",
  AWARDED = "AWARDED",
  CLOSED = "CLOSED",
}
registerEnumType(DemandStatus, { name: "DemandStatus" });

/**
 * The social clause of a demand, as the public procurement law (Pzp) names it. The old
 * `socialClause` flag stays and always equals `clauseType <> NONE` (a CHECK constraint).
 */
export enum ClauseType {
  NONE = "NONE",
  /** Art. 94 Pzp: the contract is reserved for social economy entities. */
  RESERVED_CONTRACT = "RESERVED_CONTRACT",
  /** Art. 96 Pzp: employment of people at risk of exclusion is required. */
  EMPLOYMENT_CLAUSE = "EMPLOYMENT_CLAUSE",
  OTHER_SOCIAL_ASPECT = "OTHER_SOCIAL_ASPECT",
}
registerEnumType(ClauseType, {
  name: "ClauseType",
  valuesConfig: {
    RESERVED_CONTRACT: { description: "Reserved contract, art. 94 Pzp." },
    EMPLOYMENT_CLAUSE: { description: "Employment clause, art. 96 Pzp." },
  },
});

/** A commission or request for quotation posted by an official; PES answer with sealed offers. */
@ObjectType("Demand")
@Entity("demands")
@Index("IDX_demands_search", { synchronize: false })
@Check("CHK_demands_social_clause", `"social_clause" = ("clause_type" <> 'NONE')`)
@Check("CHK_demands_cpv_code", `"cpv_code" ~ '^[0-9]{8}-[0-9]$'`)
export class Demand {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => DemandKind)
  @Index("IDX_demands_kind")
  @Column({ type: "enum", enum: DemandKind, enumName: "demand_kind" })
  kind: DemandKind;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  /**
   * title and description folded for Polish (f_unaccent), kept by a trigger (migration
   * MarketplaceSearchText): the word search's trigram index is on it, so a recheck does not
   * fold every candidate row again.
   */
  @Column({ type: "text", default: "", select: false, insert: false, update: false })
  searchText: string;

  @Field(() => String, { nullable: true })
  @Index("IDX_demands_category")
  @Column({ type: "varchar", length: 100, nullable: true })
  category: string | null;

  @Field(() => Float, { nullable: true, description: "PLN, optional." })
  @Column({ type: "numeric", precision: 12, scale: 2, nullable: true, transformer: numeric })
  budget: number | null;

  @Field(() => Date, { description: "Offers are accepted until this moment." })
  @Index("IDX_demands_deadline")
  @Column({ type: "timestamptz" })
  deadline: Date;

  @Field({ description: "Reserved contract (art. 94 of the public procurement law)." })
  @Index("IDX_demands_social_clause")
  @Column({ type: "boolean", default: false })
  socialClause: boolean;

  @Field(() => ClauseType, { description: "The social clause precisely; socialClause is true exactly when this is not NONE." })
  @Index("IDX_demands_clause_type")
  @Column({ type: "enum", enum: ClauseType, enumName: "demand_clause_type", default: ClauseType.NONE })
  clauseType: ClauseType;

  @Field(() => String, { nullable: true, description: "Common Procurement Vocabulary code, ########-#." })
  @Column({ type: "varchar", length: 10, nullable: true })
  cpvCode: string | null;

  @Field(() => DemandStatus)
  @Index("IDX_demands_status")
  @Column({ type: "enum", enum: DemandStatus, enumName: "demand_status", default: DemandStatus.OPEN })
  status: DemandStatus;

  @Index("IDX_demands_created_by")
  @Column({ type: "uuid" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  /** Plain uuid (no FK) to avoid a cycle with offers; cleared never, offers are not deleted after award. */
  @Column({ type: "uuid", nullable: true })
  awardedOfferId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  /** When the category digest went out (null = not yet; the digest job picks these up). */
  @Index("IDX_demands_digest_pending", { where: `"digest_sent_at" IS NULL` })
  @Column({ type: "timestamptz", nullable: true })
  digestSentAt: Date | null;

  @Field()
  @Index("IDX_demands_created_at")
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;

  /**
   * Rows made with only the old flag (seed data, older callers) get the clause it always
   * meant, a reserved contract; the CHECK constraint then holds for every insert.
   */
  @BeforeInsert()
  protected syncClause(): void {
    if (this.clauseType && this.clauseType !== ClauseType.NONE) this.socialClause = true;
    else if (this.socialClause) this.clauseType = ClauseType.RESERVED_CONTRACT;
    else this.clauseType = ClauseType.NONE;
  }
}
