import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../users/user.entity";
import { EquipmentNotice } from "./equipment-notice.entity";

export enum ItemRequestStatus {
  REQUESTED = "REQUESTED",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(ItemRequestStatus, { name: "ItemRequestStatus" });

/**
 * Someone asks for a GIVE_AWAY / EXCHANGE / WANTED notice's item with a message to its
 * owner; the owner accepts one request (the database allows one ACCEPTED per notice).
 */
@ObjectType("ItemRequest")
@Entity("item_requests")
@Index("UQ_item_requests_accepted", ["noticeId"], { unique: true, where: `"status" = 'ACCEPTED'` })
@Index("UQ_item_requests_live", ["noticeId", "requesterId"], { unique: true, where: `"status" IN ('REQUESTED', 'ACCEPTED')` })
export class ItemRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index("IDX_item_requests_notice")
  @Column({ type: "uuid" })
  noticeId: string;

  @ManyToOne(() => EquipmentNotice, { onDelete: "CASCADE" })
  @JoinColumn({ name: "notice_id" })
  notice?: EquipmentNotice;

  @Index("IDX_item_requests_requester")
  @Column({ type: "uuid" })
  requesterId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "requester_id" })
  requester?: User;

  @Field(() => ItemRequestStatus)
  @Column({ type: "enum", enum: ItemRequestStatus, enumName: "item_request_status", default: ItemRequestStatus.REQUESTED })
  status: ItemRequestStatus;

  @Field()
  @Column({ type: "text" })
  message: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  /**
   * When the owner handed the item to this (accepted) requester; the requester is who
   * received it. Set once, by recordItemHandover, which also makes the notice HANDED_OVER.
   */
  @Field(() => Date, { nullable: true, description: "When the item was handed to the requester." })
  @Column({ type: "timestamptz", nullable: true })
  handedOverAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  handedOverById: string | null;

  @Field(() => String, { nullable: true, description: "The owner's note on the handover." })
  @Column({ type: "text", nullable: true })
  handoverNote: string | null;

  @Field()
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
