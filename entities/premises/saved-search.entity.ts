import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../users/user.entity";

/**
 * A search a signed-in user saved; while `active`, premises that become new or change
 * and match it are sent to them in one digest e-mail per run of the alert job.
 */
@ObjectType("PremisesSavedSearch")
@Entity("premises_saved_searches")
@Index("IDX_premises_saved_searches_active_checked", ["active", "lastCheckedAt"])
export class PremisesSavedSearch {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("IDX_premises_saved_searches_user")
  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Field()
  @Column({ type: "varchar", length: 100 })
  name: string;

  /** The normalised PremisesFilter, as given to premisesSearch. */
  @Column({ type: "jsonb", default: () => "'{}'" })
  filter: Record<string, unknown>;

  /** Lets the e-mail's link switch the alert off without signing in. */
  @Index("UQ_premises_saved_searches_token", { unique: true })
  @Column({ type: "varchar", length: 64 })
  unsubscribeToken: string;

  @Field()
  @Column({ type: "boolean", default: true })
  active: boolean;

  /** Premises changed after this were not yet considered for this search. */
  @Column({ type: "timestamptz", precision: 3 })
  lastCheckedAt: Date;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
