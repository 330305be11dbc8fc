import { Field, ID, Int, ObjectType } from "type-graphql";
import type { MailMessage } from "../../../entities/system";
import { offsetPageOf } from "./offset-page";

/**
 * A message of the mail queue as the back office sees it. MailMessage itself stays out of
 * the schema: its headers and attachments are internal, and this keeps the API stable
 * when the queue's table changes.
 */
@ObjectType("OutboxMessage")
export class OutboxMessage {
  @Field(() => ID) id: string;
  @Field() to: string;
  @Field() subject: string;
  @Field() text: string;
  @Field({ description: "QUEUED, SENT or FAILED" }) status: string;
  @Field({ description: "What caused it, e.g. users.welcome" }) template: string;
  @Field(() => String, { nullable: true, description: "smtp or outbox" }) transport: string | null;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;

  static from(m: MailMessage): OutboxMessage {
    return Object.assign(new OutboxMessage(), {
      id: m.id,
      to: m.to,
      subject: m.subject,
      text: m.text,
      status: m.status,
      template: m.template,
      transport: m.transport,
      attempts: m.attempts,
      lastError: m.lastError,
      createdAt: m.createdAt,
      sentAt: m.sentAt,
    });
  }
}

@ObjectType("OutboxPage")
export class OutboxPage extends offsetPageOf(OutboxMessage) {}
