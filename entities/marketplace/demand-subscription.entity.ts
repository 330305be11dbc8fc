import { Column, CreateDateColumn, Entity, Index } from "typeorm";
import { UserOwnedRow } from "../users/user-owned-row";

/** A PES representative's wish to get new demands of one category in an e-mail digest. */
@Entity("demand_subscriptions")
@Index("UQ_demand_subscriptions_user_category", ["userId", "category"], { unique: true })
export class DemandSubscription extends UserOwnedRow {
  @Index("IDX_demand_subscriptions_category")
  @Column({ type: "varchar", length: 100 })
  category: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
