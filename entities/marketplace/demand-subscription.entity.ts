import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../users/user.entity";

/** A PES representative's wish to get new demands of one category in an e-mail digest. */
@Entity("demand_subscriptions")
@Index("UQ_demand_subscriptions_user_category", ["userId", "category"], { unique: true })
export class DemandSubscription {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Index("IDX_demand_subscriptions_category")
  @Column({ type: "varchar", length: 100 })
  category: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
