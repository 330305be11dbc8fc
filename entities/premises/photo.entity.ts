import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Premises } from "./premises.entity";

/** A photo of premises; the files (full size and thumbnail) are in the photo storage under `key`. */
@ObjectType("PremisesPhoto")
@Entity("premises_photos")
@Index("IDX_premises_photos_premises_position", ["premisesId", "position"])
export class PremisesPhoto {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: "CASCADE" })
  @JoinColumn({ name: "premises_id" })
  premises?: Premises;

  @Index("UQ_premises_photos_key", { unique: true })
  @Column({ type: "varchar", length: 64 })
  key: string;

  @Field(() => Int)
  @Column({ type: "int" })
  width: number;

  @Field(() => Int)
  @Column({ type: "int" })
  height: number;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  alt: string | null;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  position: number;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
