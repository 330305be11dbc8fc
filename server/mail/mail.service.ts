import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import type { DataSource, EntityManager } from "typeorm";
import { MailMessage, MailStatus, type MailAttachment } from "../../entities/system";
import { config } from "../config";
import { logger } from "../logger";
import { singleLine } from "../../entities/safe-text";
import { renderAttachments } from "./qr";
import { htmlFromText } from "./templates";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** e.g. "training.confirmation" */
  template: string;
  /** Same key twice = one message (e.g. `newsletter:<issue>:<subscriber>`). */
  dedupeKey?: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  sendAfter?: Date;
}

/**
 * Queues messages in the caller's transaction, in one statement however many: they exist
 * exactly when the change that caused them is committed, and sending can never break or
 * slow that change. Returns how many were queued: a message whose dedupe key was queued
 * before (or earlier in the list) is not.
 */
export async function enqueueMails(em: EntityManager, mails: OutgoingMail[]): Promise<number> {
  if (!mails.length) return 0;
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  // Written as SQL: most mutations queue a message, and the query builder rebuilt this text each time.
  const rows: unknown[] = await em.query(`${mailInsertSql(mails, param)} RETURNING id`, params);
  return rows.length;
}

/**
 * The INSERT of {@link enqueueMails} (without RETURNING), its values numbered by `param`:
 * for a statement that queues its messages together with the change that causes them
 * (a registration under its training's lock), one round trip instead of two.
 */
export function mailInsertSql(mails: OutgoingMail[], param: (value: unknown) => string): string {
  // Header values come from people's input (titles, names): a line break there would add
  // headers of its own, so every header is one line before it is even stored.
  const headersOf = (mail: OutgoingMail) => JSON.stringify(Object.fromEntries(Object.entries(mail.headers ?? {}).map(([k, v]) => [singleLine(k), singleLine(v)])));
  const attachmentsOf = (mail: OutgoingMail) => JSON.stringify((mail.attachments ?? []).map((a) => ({ ...a, filename: singleLine(a.filename) })));
  const now = new Date();
  return `INSERT INTO mail_messages ("to", subject, text, html, template, dedupe_key, headers, attachments, send_after)
     SELECT * FROM unnest(${param(mails.map((m) => singleLine(m.to).toLowerCase()))}::text[], ${param(mails.map((m) => singleLine(m.subject).slice(0, 300)))}::text[],
       ${param(mails.map((m) => m.text))}::text[], ${param(mails.map((m) => m.html ?? null))}::text[], ${param(mails.map((m) => m.template))}::text[],
       ${param(mails.map((m) => m.dedupeKey ?? null))}::text[], ${param(mails.map(headersOf))}::jsonb[], ${param(mails.map(attachmentsOf))}::jsonb[],
       ${param(mails.map((m) => m.sendAfter ?? now))}::timestamptz[])
     ON CONFLICT DO NOTHING`;
}

/** {@link enqueueMails} of one message; false when a message with the same dedupe key was queued before. */
export async function enqueueMail(em: EntityManager, mail: OutgoingMail): Promise<boolean> {
  return (await enqueueMails(em, [mail])) > 0;
}

/** A message written as text: its HTML part is `htmlFromText(text, locale)`. */
export type TextMail = Omit<OutgoingMail, "html"> & { locale?: "pl" | "en" };

export function withHtml({ locale, ...mail }: TextMail): OutgoingMail {
  return { ...mail, html: htmlFromText(mail.text, locale) };
}

/** {@link enqueueMails} for messages written as text. */
export function enqueueTextMails(em: EntityManager, mails: TextMail[]): Promise<number> {
  return enqueueMails(em, mails.map(withHtml));
}

/** {@link enqueueMail} for a message written as text. */
export function enqueueTextMail(em: EntityManager, mail: TextMail): Promise<boolean> {
  return enqueueMail(em, withHtml(mail));
}

export interface MailTransport {
  name: string;
  send(m: MailMessage): Promise<void>;
}

/** Without SMTP the queue itself is the outbox: messages are marked sent and stay readable. */
const outboxTransport: MailTransport = { name: "outbox", send: async () => {} };

/**
 * SMTP (STARTTLS when the server offers it, AUTH from the URL). `tls` is for a server
 * whose certificate a test made. Each message's Message-ID comes from its row, so a
 * retry after a connection lost at the wrong moment reads as the same message to the
 * receiving side.
 */
export function smtpTransport(url: string, tls?: { ca?: string | Buffer }): MailTransport {
  // SMTPTransport itself merges `tls` with the URL's settings; createTransport would
  // ignore everything beside a `url`.
  const t: Transporter = tls ? nodemailer.createTransport(new SMTPTransport({ url, tls })) : nodemailer.createTransport(url);
  const domain = /@([A-Za-z0-9.-]+)/.exec(config().MAIL_FROM)?.[1] ?? "pestor.invalid";
  return {
    name: "smtp",
    async send(m) {
      await t.sendMail({
        messageId: `<${m.id}@${domain}>`,
        from: config().MAIL_FROM,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html ?? undefined,
        headers: m.headers,
        attachments: m.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.content, "base64"),
        })),
      });
    },
  };
}

let transport: MailTransport | undefined;
export function mailTransport(): MailTransport {
  const url = config().SMTP_URL;
  transport ??= url ? smtpTransport(url) : outboxTransport;
  return transport;
}
/** For tests: a transport that fails, records, etc. */
export function setMailTransport(t: MailTransport | undefined): void {
  transport = t;
}

const MAX_ATTEMPTS = 8;

/**
 * Sends up to `batch` due messages. Rows are claimed with FOR UPDATE SKIP LOCKED, so any
 * number of app nodes can run this at once without sending a message twice.
 * Returns how many were sent.
 */
export async function processMailQueue(db: DataSource, batch = 20): Promise<number> {
  const t = mailTransport();
  return db.transaction(async (em) => {
    const due: MailMessage[] = await em
      .getRepository(MailMessage)
      .createQueryBuilder("m")
      .where("m.status = :s AND m.send_after <= now()", { s: MailStatus.QUEUED })
      .orderBy("m.send_after", "ASC")
      .limit(batch)
      .setLock("pessimistic_write")
      .setOnLocked("skip_locked")
      .getMany();
    let sent = 0;
    for (const m of due) {
      try {
        const attachments = await renderAttachments(m.attachments);
        const drawn = attachments !== m.attachments;
        m.attachments = attachments;
        await t.send(m);
        await em.update(MailMessage, m.id, {
          // The row keeps what was sent (it is the outbox without SMTP).
          ...(drawn && { attachments }),
          status: MailStatus.SENT,
          sentAt: new Date(),
          transport: t.name,
          attempts: m.attempts + 1,
          lastError: null,
        });
        sent++;
      } catch (err) {
        const attempts = m.attempts + 1;
        const backoffS = Math.min(3600, 2 ** attempts * 15);
        await em.update(MailMessage, m.id, {
          attempts,
          lastError: String((err as Error).message).slice(0, 2000),
          status: attempts >= MAX_ATTEMPTS ? MailStatus.FAILED : MailStatus.QUEUED,
          sendAfter: new Date(Date.now() + backoffS * 1000),
        });
        logger.warn({ mailId: m.id, attempts, err: (err as Error).message }, "mail not sent");
      }
    }
    return sent;
  });
}
