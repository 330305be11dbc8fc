import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Training } from "./training.entity";

/** A file or a link the organiser attaches to a training, before or after it. */
@ObjectType("TrainingMaterial")
@Entity("training_materials")
@Index("IDX_training_materials_training", ["trainingId", "createdAt"])
export class TrainingMaterial {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  trainingId: string;

  @ManyToOne(() => Training, { onDelete: "CASCADE" })
  @JoinColumn({ name: "training_id" })
  training?: Training;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  /** A link (http/https); null for a file. Exposed through a field resolver that checks who reads. */
  @Column({ type: "varchar", length: 1000, nullable: true })
  linkUrl: string | null;

  /** The stored file (area "training-materials"); null for a link. Only those who may see the material get it. */
  @Field(() => String, { nullable: true })
  @Index("UQ_training_materials_file_key", { unique: true, where: `"file_key" IS NOT NULL` })
  @Column({ type: "varchar", length: 100, nullable: true })
  fileKey: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 255, nullable: true })
  fileName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  contentType: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  size: number | null;

  @Field({ description: "Visible to everyone; otherwise to registered attendees and organisers only." })
  @Column({ type: "boolean", default: false })
  public: boolean;

  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
