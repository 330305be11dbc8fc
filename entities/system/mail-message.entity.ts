import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export enum MailStatus {
  QUEUED = "QUEUED",
  SENT = "SENT",
  FAILED = "FAILED",
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** base64; empty while `qr` is still to be drawn */
  content: string;
  /** The text of a QR code the mail worker draws as the content (SVG) when it sends the message. */
  qr?: string;
}

/**
 * The mail queue and, without SMTP, the development outbox: a message is written in the
 * same transaction as the change that caused it and sent later by the worker.
 */
@Entity("mail_messages")
@Index("IDX_mail_messages_queue", ["status", "sendAfter"])
@Index("IDX_mail_messages_to", ["to"])
export class MailMessage {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "varchar", length: 254 })
  to: string;

  @Column({ type: "varchar", length: 300 })
  subject: string;

  @Column({ type: "text" })
  text: string;

  @Column({ type: "text", nullable: true })
  html: string | null;

  @Column({ type: "jsonb", default: () => "'{}'" })
  headers: Record<string, string>;

  @Column({ type: "jsonb", default: () => "'[]'" })
  attachments: MailAttachment[];

  /** A message with a key is queued once, however often the cause repeats. */
  @Index("UQ_mail_messages_dedupe_key", { unique: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  dedupeKey: string | null;

  /** What caused it, e.g. "training.confirmation"; for the outbox page and the logs. */
  @Column({ type: "varchar", length: 80 })
  template: string;

  @Column({ type: "enum", enum: MailStatus, enumName: "mail_status", default: MailStatus.QUEUED })
  status: MailStatus;

  @Column({ type: "int", default: 0 })
  attempts: number;

  @Column({ type: "text", nullable: true })
  lastError: string | null;

  @Column({ type: "timestamptz", default: () => "now()" })
  sendAfter: Date;

  @Column({ type: "timestamptz", nullable: true })
  sentAt: Date | null;

  /** "smtp" or "outbox". */
  @Column({ type: "varchar", length: 20, nullable: true })
  transport: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
