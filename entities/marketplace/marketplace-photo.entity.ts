import { Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { EquipmentNotice } from "./equipment-notice.entity";
import { Product } from "./product.entity";

/**
 * A photo of an equipment notice or of a catalogue entry (exactly one of the two); the
 * files (full size and thumbnail) are in the "marketplace-photos" storage under `key`.
 */
@ObjectType("MarketplacePhoto")
@Entity("marketplace_photos")
@Check("CHK_marketplace_photos_one_owner", `num_nonnulls("notice_id", "product_id") = 1`)
@Index("IDX_marketplace_photos_notice_position", ["noticeId", "position"], { where: `"notice_id" IS NOT NULL` })
@Index("IDX_marketplace_photos_product_position", ["productId", "position"], { where: `"product_id" IS NOT NULL` })
export class MarketplacePhoto {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", nullable: true })
  noticeId: string | null;

  @ManyToOne(() => EquipmentNotice, { onDelete: "CASCADE" })
  @JoinColumn({ name: "notice_id" })
  notice?: EquipmentNotice;

  @Column({ type: "uuid", nullable: true })
  productId: string | null;

  @ManyToOne(() => Product, { onDelete: "CASCADE" })
  @JoinColumn({ name: "product_id" })
  product?: Product;

  @Index("UQ_marketplace_photos_key", { unique: true })
  @Column({ type: "varchar", length: 64 })
  key: string;

  @Field(() => Int)
  @Column({ type: "int" })
  width: number;

  @Field(() => Int)
  @Column({ type: "int" })
  height: number;

  @Field(() => String, { nullable: true, description: "Text alternative for people who cannot see the photo." })
  @Column({ type: "varchar", length: 200, nullable: true })
  alt: string | null;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  position: number;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
