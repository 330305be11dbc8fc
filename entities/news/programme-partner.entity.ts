import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";

/** A partner of the programme, shown on /programme as a logo with a link. */
@ObjectType("ProgrammePartner")
@Entity("programme_partners")
@Index("IDX_programme_partners_position", ["position", "name"])
export class ProgrammePartner {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  /** http(s) address (checked on input; javascript: and the like are refused). */
  @Field()
  @Column({ type: "varchar", length: 500 })
  url: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 600, nullable: true })
  description: string | null;

  /** Order on the page, 0 first. */
  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  position: number;

  /** The stored logo (a random key of the photo store), null until one is uploaded. */
  @Column({ type: "varchar", length: 64, nullable: true })
  logoKey: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  logoWidth: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  logoHeight: number | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
