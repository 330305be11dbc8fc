import { Column, CreateDateColumn, Entity, Index } from "typeorm";
import { UserOwnedRow } from "./user-owned-row";

/** What an e-mailed account link lets its holder do. */
export enum AccountTokenPurpose {
  VERIFY_EMAIL = "VERIFY_EMAIL",
  RESET_PASSWORD = "RESET_PASSWORD",
  CHANGE_EMAIL = "CHANGE_EMAIL",
}

/**
 * One row per e-mailed account link. Only the SHA-256 of the token is stored, so a copy
 * of the database cannot be used to take over accounts; a token works once, until
 * `expiresAt` (server/modules/users/account-tokens.ts).
 */
@Entity("account_tokens")
@Index("IDX_account_tokens_user_purpose", ["userId", "purpose"])
export class AccountToken extends UserOwnedRow {
  @Column({ type: "enum", enum: AccountTokenPurpose, enumName: "account_token_purpose" })
  purpose: AccountTokenPurpose;

  /** Hex SHA-256 of the token sent by e-mail. */
  @Index("UQ_account_tokens_hash", { unique: true })
  @Column({ type: "char", length: 64 })
  tokenHash: string;

  /** For CHANGE_EMAIL: the address that becomes the account's when the link is opened. */
  @Column({ type: "varchar", length: 254, nullable: true })
  newEmail: string | null;

  @Column({ type: "timestamptz" })
  expiresAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
