import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../users/user.entity";
import { Organization } from "./organization.entity";

export enum MembershipStatus {
  PENDING = "PENDING",
  ACTIVE = "ACTIVE",
  REJECTED = "REJECTED",
}
registerEnumType(MembershipStatus, { name: "MembershipStatus" });

export enum MemberRole {
  OWNER = "OWNER",
  MEMBER = "MEMBER",
}
registerEnumType(MemberRole, { name: "MemberRole" });

/** A person's place in an organisation; a person belongs to at most one at a time. */
@ObjectType("OrganizationMembership")
@Entity("organization_memberships")
// One live (pending or active) membership per person.
@Index("UQ_memberships_live_user", ["userId"], { unique: true, where: `"status" <> 'REJECTED'` })
@Index("IDX_memberships_organization", ["organizationId"])
export class OrganizationMembership {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ type: "uuid" })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organization_id" })
  organization?: Organization;

  @Field(() => MemberRole)
  @Column({ type: "enum", enum: MemberRole, enumName: "member_role", default: MemberRole.MEMBER })
  role: MemberRole;

  @Field(() => MembershipStatus)
  @Column({ type: "enum", enum: MembershipStatus, enumName: "membership_status", default: MembershipStatus.PENDING })
  status: MembershipStatus;

  /**
   * The person's function in the organisation as shown on its public profile, e.g.
   * "prezes zarządu"; set by the person or the organisation's owner.
   */
  @Field(() => String, { nullable: true, description: "Function in the organisation, e.g. \"prezes zarządu\" (public for active members)." })
  @Column({ type: "varchar", length: 120, nullable: true })
  title: string | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
