import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";

export enum Role {
  ADMIN = "ADMIN",
  OFFICIAL = "OFFICIAL",
  PES_MEMBER = "PES_MEMBER",
  RESIDENT = "RESIDENT",
}
registerEnumType(Role, { name: "Role" });

/** What the person chose at sign-up; the role follows once an admin approves it. */
export enum AccountType {
  RESIDENT = "RESIDENT",
  PES = "PES",
  OFFICIAL = "OFFICIAL",
}
registerEnumType(AccountType, { name: "AccountType" });

export enum ApprovalStatus {
  NONE = "NONE",
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}
registerEnumType(ApprovalStatus, { name: "ApprovalStatus" });

@ObjectType("User")
@Entity("users")
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Stored lower-cased; unique. */
  @Field()
  @Index("UQ_users_email", { unique: true })
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Field()
  @Column({ type: "varchar", length: 120 })
  name: string;

  @Column({ type: "varchar", length: 100, select: false })
  passwordHash: string;

  /**
   * The `sub` of the city's OpenID provider once the person signed in with it
   * (server/auth/city-sign-in.ts): such an account signs in only there, and its staff
   * role follows the provider's groups.
   */
  @Index("UQ_users_oidc_subject", { unique: true })
  @Column({ type: "varchar", length: 255, nullable: true, select: false })
  oidcSubject: string | null;

  /** The effective role: a pending official or PES account stays RESIDENT until approved. */
  @Field(() => Role)
  @Column({ type: "enum", enum: Role, enumName: "user_role", default: Role.RESIDENT })
  role: Role;

  @Field(() => AccountType)
  @Column({ type: "enum", enum: AccountType, enumName: "account_type", default: AccountType.RESIDENT })
  accountType: AccountType;

  /** Approval of an OFFICIAL account by an admin. */
  @Field(() => ApprovalStatus)
  @Column({ type: "enum", enum: ApprovalStatus, enumName: "approval_status", default: ApprovalStatus.NONE })
  approvalStatus: ApprovalStatus;

  @Field()
  @Column({ type: "varchar", length: 5, default: "pl" })
  locale: string;

  /**
   * Set when the person deleted their account: the row stays (so the programme's records
   * keep pointing somewhere) but holds no personal data, and such a user is never signed in.
   */
  @Column({ type: "timestamptz", nullable: true })
  deletedAt: Date | null;

  /** The version of the terms (the terms page's publication time) the person accepted. */
  @Column({ type: "varchar", length: 40, nullable: true })
  termsVersion: string | null;

  @Column({ type: "timestamptz", nullable: true })
  termsAcceptedAt: Date | null;

  /** The reason an admin gave with the decision on an official account (shown to the person). */
  @Column({ type: "varchar", length: 1000, nullable: true })
  approvalReason: string | null;

  @Column({ type: "timestamptz", nullable: true })
  approvalDecidedAt: Date | null;
  /** Opened the link sent to `email`; until then the account reads but cannot act (server/modules/users/verified-email.guard.ts). */
  @Field({ description: "Whether the person opened the verification link sent to their address." })
  @Column({ type: "boolean", default: false })
  emailVerified: boolean;

  /**
   * Raised when every session of the account must end (password reset or change, role
   * change). Session cookies carry the version they were issued with; an older one is
   * treated as signed out (server/auth/session.ts).
   */
  @Column({ type: "integer", default: 0 })
  sessionVersion: number;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
