import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import ical from "ical-generator";
import { generate } from "selfsigned";
import { SMTPServer, type SMTPServerSession } from "smtp-server";
import { MailMessage, MailStatus } from "../../entities/system";
import { createTestDb, type TestDb } from "../../tests/helpers/db";
import { certificatePdf } from "../modules/trainings/trainings.certificate";
import { enqueueMail, processMailQueue, setMailTransport, smtpTransport } from "./mail.service";

/**
 * The real SMTP path: nodemailer → an SMTP server started here (smtp-server, STARTTLS with
 * a certificate made here, AUTH required) → what arrived, parsed back with mailparser.
 */
let db: TestDb;
let server: SMTPServer;
let port: number;
const received: { mail: ParsedMail; raw: string; secure: boolean; user?: string }[] = [];
/** What the server does next: refuse a recipient once, drop the connection once. */
const faults = { refuseRecipient: 0, dropOnData: 0 };

beforeAll(async () => {
  db = await createTestDb();
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] },
    ],
  });
  server = new SMTPServer({
    secure: false, // STARTTLS on a plain port, as port 587
    key: pems.private,
    cert: pems.cert,
    authMethods: ["PLAIN", "LOGIN"],
    // AUTH only over TLS (the default): a client that skipped STARTTLS could not log in.
    onAuth(auth, _session, cb) {
      if (auth.username === "pestor" && auth.password === "smtp-haslo-ż") return cb(null, { user: "pestor" });
      cb(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, cb) {
      if (faults.refuseRecipient > 0 && address.address.startsWith("odmowa")) {
        faults.refuseRecipient--;
        const err = new Error("Mailbox temporarily unavailable") as Error & { responseCode: number };
        err.responseCode = 450;
        return cb(err);
      }
      cb();
    },
    onData(stream, session: SMTPServerSession, cb) {
      if (faults.dropOnData > 0) {
        faults.dropOnData--;
        stream.resume();
        // The connection goes away mid-DATA: the client never hears "250 queued".
        const connections = (server as unknown as { connections: Set<{ id: string; _socket: { destroy(): void } }> }).connections;
        for (const c of connections) if (c.id === session.id) c._socket.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({ mail: await simpleParser(raw), raw, secure: session.secure, user: session.user as string | undefined });
        cb();
      });
    },
    logger: false,
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.server.address() as AddressInfo).port;
  setMailTransport(smtpTransport(`smtp://pestor:${encodeURIComponent("smtp-haslo-ż")}@127.0.0.1:${port}`, { ca: pems.cert }));
});

afterAll(async () => {
  setMailTransport(undefined);
  await new Promise<void>((r) => server.close(() => r()));
  await db.drop();
});

beforeEach(() => {
  received.length = 0;
});

/** Runs the queue until nothing is due; retries are made due at once (no waiting for the backoff). */
async function drain(rounds = 5) {
  for (let i = 0; i < rounds; i++) {
    await processMailQueue(db.ds);
    await db.ds.query(`UPDATE mail_messages SET send_after = now() WHERE status = 'QUEUED'`);
  }
}

const row = (to: string) => db.ds.getRepository(MailMessage).findOneByOrFail({ to });

describe("mail over real SMTP (STARTTLS, AUTH)", () => {
  it("arrives whole: Polish subject, text and HTML, List-Unsubscribe, Message-ID, ICS and PDF", async () => {
    const calendar = ical({ name: "PES-TOR" });
    calendar.createEvent({ id: "szkolenie-1@pestor", start: new Date("2026-03-02T09:00:00Z"), end: new Date("2026-03-02T11:00:00Z"), summary: "Szkolenie: księgowość PES" });
    const ics = calendar.toString();
    const pdf = await certificatePdf({
      name: "Zażółć Gęślą",
      title: "Księgowość",
      startsAt: new Date("2026-03-02T09:00:00Z"),
      endsAt: new Date("2026-03-02T11:00:00Z"),
      venue: "Toruń",
      trainers: ["Anna"],
      host: null,
      kind: "TRAINING",
      reference: "ref-1",
    });
    await db.ds.transaction((em) =>
      enqueueMail(em, {
        to: "odbiorca@example.org",
        subject: "Potwierdzenie zapisu: Szkolenie „Księgowość” — zażółć gęślą jaźń",
        text: "Dzień dobry, zapis przyjęty.",
        html: "<p>Dzień dobry, <strong>zapis przyjęty</strong>.</p>",
        template: "test.smtp",
        headers: { "List-Unsubscribe": "<https://pestor.example.org/newsletter/unsubscribe/one-click?t=abc>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
        attachments: [
          { filename: "szkolenie.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: Buffer.from(ics).toString("base64") },
          { filename: "zaświadczenie.pdf", contentType: "application/pdf", content: pdf.toString("base64") },
        ],
      }),
    );
    await drain(1);
    expect((await row("odbiorca@example.org")).lastError).toBeNull();
    expect(received).toHaveLength(1);
    const { mail, raw, secure, user } = received[0];
    expect(secure).toBe(true); // STARTTLS was used
    expect(user).toBe("pestor"); // and AUTH
    // The subject travels RFC 2047-encoded and decodes to the original.
    expect(raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(mail.subject).toBe("Potwierdzenie zapisu: Szkolenie „Księgowość” — zażółć gęślą jaźń");
    const m = await row("odbiorca@example.org");
    expect(m.status).toBe(MailStatus.SENT);
    expect(mail.messageId).toBe(`<${m.id}@pestor.example.org>`);
    const unfolded = raw.replace(/\r?\n[ \t]+/g, " ");
    expect(unfolded).toMatch(/^List-Unsubscribe: <https:\/\/pestor\.example\.org\/newsletter\/unsubscribe\/one-click\?t=abc>\r?$/m);
    expect(unfolded).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect((mail.headers.get("list") as { unsubscribe?: { url?: string } }).unsubscribe?.url).toBe("https://pestor.example.org/newsletter/unsubscribe/one-click?t=abc");
    expect(mail.text?.trim()).toBe("Dzień dobry, zapis przyjęty.");
    expect(mail.html).toContain("<strong>zapis przyjęty</strong>");
    const [icsPart, pdfPart] = mail.attachments;
    expect(icsPart.filename).toBe("szkolenie.ics");
    expect(icsPart.contentType).toBe("text/calendar");
    expect(icsPart.content.toString("utf8")).toContain("SUMMARY:Szkolenie: księgowość PES");
    expect(pdfPart.filename).toBe("zaświadczenie.pdf");
    expect(pdfPart.contentType).toBe("application/pdf");
    expect(pdfPart.content.equals(pdf)).toBe(true);
    // Sent is sent: another run sends nothing more.
    await drain(2);
    expect(received).toHaveLength(1);
  });

  it("retries a recipient the server refused for now, then delivers once", async () => {
    faults.refuseRecipient = 2;
    await db.ds.transaction((em) => enqueueMail(em, { to: "odmowa@example.org", subject: "Ponowna próba", text: "x", template: "test.smtp" }));
    await processMailQueue(db.ds);
    expect(received).toHaveLength(0);
    const after1 = await row("odmowa@example.org");
    expect(after1).toMatchObject({ status: MailStatus.QUEUED, attempts: 1 });
    expect(after1.lastError).toMatch(/450/);
    await drain();
    expect(received.map((r) => r.mail.to)).toHaveLength(1);
    expect(await row("odmowa@example.org")).toMatchObject({ status: MailStatus.SENT, attempts: 3 });
  });

  it("retries after the server drops the connection mid-message, and the message arrives once", async () => {
    faults.dropOnData = 1;
    await db.ds.transaction((em) => enqueueMail(em, { to: "zerwane@example.org", subject: "Zerwane połączenie", text: "x", template: "test.smtp" }));
    await processMailQueue(db.ds);
    expect(received).toHaveLength(0);
    expect(await row("zerwane@example.org")).toMatchObject({ status: MailStatus.QUEUED, attempts: 1 });
    await drain();
    expect(received).toHaveLength(1);
    expect(received[0].mail.subject).toBe("Zerwane połączenie");
    expect(await row("zerwane@example.org")).toMatchObject({ status: MailStatus.SENT, attempts: 2 });
  });

  it("does not send with a wrong password (AUTH is real), and keeps the message queued", async () => {
    setMailTransport(smtpTransport(`smtp://pestor:wrong@127.0.0.1:${port}`, { ca: server.options.cert as string }));
    try {
      await db.ds.transaction((em) => enqueueMail(em, { to: "haslo@example.org", subject: "Złe hasło", text: "x", template: "test.smtp" }));
      await processMailQueue(db.ds);
      expect(received).toHaveLength(0);
      const m = await row("haslo@example.org");
      expect(m).toMatchObject({ status: MailStatus.QUEUED, attempts: 1 });
      expect(m.lastError).toMatch(/535|Invalid username/);
    } finally {
      await db.ds.query(`DELETE FROM mail_messages WHERE "to" = 'haslo@example.org'`);
    }
  });
});
