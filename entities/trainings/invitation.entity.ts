import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Training } from "./training.entity";

/** One address invited to a training by its organisers: each address once per training. */
@ObjectType("TrainingInvitation")
@Entity("training_invitations")
@Index("UQ_training_invitations_email", ["trainingId", "email"], { unique: true })
export class TrainingInvitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  trainingId: string;

  @ManyToOne(() => Training, { onDelete: "CASCADE" })
  @JoinColumn({ name: "training_id" })
  training?: Training;

  @Field({ description: "The invited address, lower case." })
  @Column({ type: "varchar", length: 320 })
  email: string;

  /** The organisation through which the address was chosen (by category or district); null for a pasted address. */
  @Field(() => String, { nullable: true, description: "The name of the organisation the address was invited for; null for a pasted address." })
  @Column({ type: "varchar", length: 200, nullable: true })
  organizationName: string | null;

  @Column({ type: "uuid", nullable: true })
  invitedById: string | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
