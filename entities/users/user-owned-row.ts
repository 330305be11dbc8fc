import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "./user.entity";

/**
 * The columns every private row of one person starts with: its id, the person, and the
 * cascade that deletes the row with the account (tokens, subscriptions). Not an entity
 * of its own: a table extends it and adds its indexes and columns.
 */
export abstract class UserOwnedRow {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;
}
