import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../users/user.entity";
import { Demand } from "./demand.entity";

/**
 * A PES member's question about a demand and the official's answer. Public, but the asker
 * is never part of the API: `askedById` has no field (the law wants every bidder to read
 * the answer and the asker to stay anonymous); it is kept for "my question" and deletion.
 */
@ObjectType("DemandQuestion")
@Entity("demand_questions")
@Index("IDX_demand_questions_demand", ["demandId", "createdAt"])
export class DemandQuestion {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  demandId: string;

  @ManyToOne(() => Demand, { onDelete: "CASCADE" })
  @JoinColumn({ name: "demand_id" })
  demand?: Demand;

  /** Null once the account is deleted; the question stays. */
  @Index("IDX_demand_questions_asked_by")
  @Column({ type: "uuid", nullable: true })
  askedById: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "asked_by_id" })
  askedBy?: User;

  @Field()
  @Column({ type: "text" })
  question: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  answer: string | null;

  @Index("IDX_demand_questions_answered_by")
  @Column({ type: "uuid", nullable: true })
  answeredById: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "answered_by_id" })
  answeredBy?: User;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  answeredAt: Date | null;

  @Field({ description: "When it was asked." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
