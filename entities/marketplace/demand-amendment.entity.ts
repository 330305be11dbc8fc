import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../users/user.entity";
import { Demand } from "./demand.entity";

/** One public change of a demand by its official: what changed and why (the note). */
@ObjectType("DemandAmendment")
@Entity("demand_amendments")
@Index("IDX_demand_amendments_demand", ["demandId", "createdAt"])
export class DemandAmendment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  demandId: string;

  @ManyToOne(() => Demand, { onDelete: "CASCADE" })
  @JoinColumn({ name: "demand_id" })
  demand?: Demand;

  @Index("IDX_demand_amendments_created_by")
  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @Field({ description: "The official's explanation of the change." })
  @Column({ type: "text" })
  note: string;

  @Field({ description: "True when the description was changed." })
  @Column({ type: "boolean", default: false })
  descriptionChanged: boolean;

  @Field(() => Date, { nullable: true, description: "The deadline before the change, when it changed." })
  @Column({ type: "timestamptz", nullable: true })
  previousDeadline: Date | null;

  @Field(() => Date, { nullable: true, description: "The new deadline, when it changed." })
  @Column({ type: "timestamptz", nullable: true })
  newDeadline: Date | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
