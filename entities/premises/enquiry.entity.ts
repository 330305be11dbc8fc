import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organization } from "../organizations/organization.entity";
import { User } from "../users/user.entity";
import { Premises } from "./premises.entity";

/** "I am interested": a PES member's message about a premises to the official in charge. */
@ObjectType("PremisesEnquiry")
@Entity("premises_enquiries")
@Index("IDX_premises_enquiries_premises_created", ["premisesId", "createdAt"])
export class PremisesEnquiry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid" })
  premisesId: string;

  @ManyToOne(() => Premises, { onDelete: "CASCADE" })
  @JoinColumn({ name: "premises_id" })
  premises?: Premises;

  @Index("IDX_premises_enquiries_user")
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Index("IDX_premises_enquiries_organization")
  @Column({ type: "uuid", nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: "SET NULL" })
  @JoinColumn({ name: "organization_id" })
  organization?: Organization;

  @Field()
  @Column({ type: "text" })
  message: string;

  @Field()
  @Index("IDX_premises_enquiries_created")
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
