import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** Who changed what in the back office. */
@ObjectType("AuditEntry")
@Entity("audit_log")
@Index("IDX_audit_log_created_at", ["createdAt"])
@Index("IDX_audit_log_entity", ["entityType", "entityId"])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "uuid", nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: "varchar", length: 80 })
  action: string;

  @Field()
  @Column({ type: "varchar", length: 60 })
  entityType: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 64, nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: "jsonb", nullable: true })
  data: Record<string, unknown> | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
