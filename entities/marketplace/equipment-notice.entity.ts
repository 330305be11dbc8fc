import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Organization } from "../organizations/organization.entity";
import { User } from "../users/user.entity";
import { numeric } from "../transformers";
import { CODE_NOTE_LIMITS, ITEM_CONDITIONS, ItemCondition, sqlList } from "../codes";

export enum NoticeKind {
  GIVE_AWAY = "GIVE_AWAY",
  EXCHANGE = "EXCHANGE",
  LEND = "LEND",
  WANTED = "WANTED",
}
registerEnumType(NoticeKind, { name: "NoticeKind" });
registerEnumType(ItemCondition, { name: "ItemCondition", description: "Condition of an item of the equipment base" });

/** The contract exposes the status as a plain String; these are its values. */
export enum NoticeStatus {
  AVAILABLE = "AVAILABLE",
  RESERVED = "RESERVED",
  HANDED_OVER = "HANDED_OVER",
  CLOSED = "CLOSED",
}
export const NOTICE_STATUSES = Object.values(NoticeStatus);

/**
 * A notice of the equipment base. A PES member's notice belongs to their organisation
 * (any active member manages it); a resident's notice belongs to them alone.
 */
@ObjectType("EquipmentNotice")
@Entity("equipment_notices")
@Check("CHK_equipment_notices_deposit", `"deposit" IS NULL OR "deposit" >= 0`)
@Check("CHK_equipment_notices_estimated_value", `"estimated_value" IS NULL OR "estimated_value" >= 0`)
// Adding a code is a migration that rewrites this check.
@Check("CHK_equipment_notices_condition_code", `"condition" IN (${sqlList(ITEM_CONDITIONS)})`)
@Index("IDX_equipment_notices_search", { synchronize: false })
export class EquipmentNotice {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => NoticeKind)
  @Index("IDX_equipment_notices_kind")
  @Column({ type: "enum", enum: NoticeKind, enumName: "notice_kind" })
  kind: NoticeKind;

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
  @Index("IDX_equipment_notices_category")
  @Column({ type: "varchar", length: 100, nullable: true })
  category: string | null;

  @Field(() => ItemCondition, { nullable: true, description: "Condition of the item, a code shown translated." })
  @Column({ type: "varchar", length: 20, nullable: true })
  condition: ItemCondition | null;

  @Field(() => String, { nullable: true, description: "Free text about the condition beyond the code (older text that matched no code lands here)." })
  @Column({ type: "varchar", length: CODE_NOTE_LIMITS.itemCondition, nullable: true })
  conditionNote: string | null;

  @Field(() => String, { description: "AVAILABLE, RESERVED, HANDED_OVER or CLOSED." })
  @Index("IDX_equipment_notices_status")
  @Column({ type: "varchar", length: 20, default: NoticeStatus.AVAILABLE })
  status: NoticeStatus;

  @Field(() => String, { nullable: true })
  @Index("IDX_equipment_notices_district")
  @Column({ type: "varchar", length: 60, nullable: true })
  district: string | null;

  /** The person who posted it. */
  @Index("IDX_equipment_notices_owner_user")
  @Column({ type: "uuid" })
  ownerUserId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "owner_user_id" })
  ownerUser?: User;

  /** Set when a PES member posted it: the organisation owns the notice. */
  @Index("IDX_equipment_notices_owner_organization")
  @Column({ type: "uuid", nullable: true })
  ownerOrganizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: "CASCADE" })
  @JoinColumn({ name: "owner_organization_id" })
  ownerOrganization?: Organization;

  /** What the item is worth, as the owner estimates it: the programme's figures sum it for items reused. */
  @Field(() => Float, { nullable: true, description: "Estimated value of the item in PLN, as its owner gives it; null = not given." })
  @Column({ type: "numeric", precision: 12, scale: 2, nullable: true, transformer: numeric })
  estimatedValue: number | null;

  // --- the conditions of a loan (LEND), shown when someone asks to borrow ---------
  @Field(() => Float, { nullable: true, description: "Deposit the borrower leaves, PLN; null = none asked." })
  @Column({ type: "numeric", precision: 12, scale: 2, nullable: true, transformer: numeric })
  deposit: number | null;

  @Field(() => String, { nullable: true, description: "Where the item is picked up and returned." })
  @Column({ type: "varchar", length: 200, nullable: true })
  pickupPlace: string | null;

  @Field(() => String, { nullable: true, description: "When it can be picked up (free text, e.g. \"pn–pt 9–15\")." })
  @Column({ type: "varchar", length: 200, nullable: true })
  pickupHours: string | null;

  @Field(() => String, { nullable: true, description: "Other conditions of the loan." })
  @Column({ type: "text", nullable: true })
  loanNotes: string | null;

  @Field(() => Date, { nullable: true, description: "After this moment the notice is no longer listed." })
  @Index("IDX_equipment_notices_expires_at")
  @Column({ type: "timestamptz", nullable: true })
  expiresAt: Date | null;

  @Field()
  @Index("IDX_equipment_notices_created_at")
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
