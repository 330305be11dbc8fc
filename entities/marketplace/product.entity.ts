import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Organization } from "../organizations/organization.entity";
import { numeric } from "../transformers";

/** A product or service in an organisation's catalogue. */
@ObjectType("Product")
@Entity("products")
@Index("IDX_products_search", { synchronize: false })
export class Product {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("IDX_products_organization")
  @Column({ type: "uuid" })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organization_id" })
  organization?: Organization;

  @Field()
  @Index("IDX_products_name")
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field()
  @Index("IDX_products_category")
  @Column({ type: "varchar", length: 100 })
  category: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  /**
   * name and description folded for Polish (f_unaccent), kept by a trigger (migration
   * MarketplaceSearchText): the word search's trigram index is on it, so a recheck does not
   * fold every candidate row again.
   */
  @Column({ type: "text", default: "", select: false, insert: false, update: false })
  searchText: string;

  @Field(() => Float, { nullable: true, description: "PLN per unit; null = price on request." })
  @Index("IDX_products_price_from")
  @Column({ type: "numeric", precision: 12, scale: 2, nullable: true, transformer: numeric })
  priceFrom: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: "numeric", precision: 12, scale: 2, nullable: true, transformer: numeric })
  priceTo: number | null;

  @Field(() => String, { nullable: true, description: "e.g. \"osoba\", \"m²\", \"godz.\"" })
  @Column({ type: "varchar", length: 40, nullable: true })
  unit: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  areaServed: string | null;

  @Field({ description: "Suitable for reserved contracts (social clauses)." })
  @Index("IDX_products_social_clause")
  @Column({ type: "boolean", default: false })
  socialClauseSuitable: boolean;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
