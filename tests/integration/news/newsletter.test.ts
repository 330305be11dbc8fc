import { MailMessage } from "../../../entities/system";
import { NewsletterIssue, NewsletterSubscriber, SubscriberStatus } from "../../../entities/news";
import { signNewsletterToken } from "../../../server/modules/news/newsletter.tokens";
import { expirePendingSubscribers } from "../../../server/modules/news/newsletter.service";
import type { TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createTestDbWithRoles, type RoleSet } from "../../factories";
import { publishNewsPost } from "./helpers";

let db: TestDb;
let roles: RoleSet;
beforeAll(async () => ({ db, roles } = await createTestDbWithRoles()));
afterAll(() => db.drop());

const SUBSCRIBE = `mutation($email: String!, $consent: Boolean!) { subscribeToNewsletter(email: $email, consent: $consent) }`;
const CONFIRM = `mutation($token: String!) { confirmNewsletterSubscription(token: $token) }`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribeFromNewsletter(token: $token) }`;

const subscriber = (email: string) => db.ds.getRepository(NewsletterSubscriber).findOneBy({ email });
const mailsTo = (to: string) => db.ds.getRepository(MailMessage).find({ where: { to }, order: { createdAt: "ASC" } });

function tokenFrom(text: string, path: string): string {
  const m = text.match(new RegExp(`${path}\\?token=([^\\s]+)`));
  if (!m) throw new Error(`no ${path} link in: ${text}`);
  return decodeURIComponent(m[1]);
}

async function subscribeAndConfirm(email: string): Promise<NewsletterSubscriber> {
  ok(await gql(db.ds, SUBSCRIBE, { email, consent: true }));
  const [mail] = await mailsTo(email);
  ok(await gql(db.ds, CONFIRM, { token: tokenFrom(mail.text, "/newsletter/confirm") }));
  return (await subscriber(email))!;
}

const publishedPost = (title: string) => publishNewsPost(db.ds, roles.admin.id, title, "Treść.");

describe("subscribing (double opt-in)", () => {
  it("keeps a new address PENDING and mails it a confirmation link; confirming makes it CONFIRMED", async () => {
    const r = ok(await gql(db.ds, SUBSCRIBE, { email: "  Nowa.Osoba@Example.org ", consent: true }));
    expect(r.subscribeToNewsletter).toBe(true);
    const s = await subscriber("nowa.osoba@example.org");
    expect(s).toMatchObject({ status: SubscriberStatus.PENDING });
    const [mail] = await mailsTo("nowa.osoba@example.org");
    expect(mail.template).toBe("newsletter.confirm");
    ok(await gql(db.ds, CONFIRM, { token: tokenFrom(mail.text, "/newsletter/confirm") }));
    expect(await subscriber("nowa.osoba@example.org")).toMatchObject({ status: SubscriberStatus.CONFIRMED, expiresAt: null });
  });

  it("puts a working unsubscribe link in the confirmation e-mail too (the consent promises one in every message)", async () => {
    ok(await gql(db.ds, SUBSCRIBE, { email: "zmiana-zdania@example.org", consent: true }));
    const [mail] = await mailsTo("zmiana-zdania@example.org");
    ok(await gql(db.ds, UNSUBSCRIBE, { token: tokenFrom(mail.text, "/newsletter/unsubscribe") }));
    expect(await subscriber("zmiana-zdania@example.org")).toMatchObject({ status: SubscriberStatus.UNSUBSCRIBED });
  });

  it("refuses without consent (BAD_USER_INPUT on consent) and an invalid e-mail (on email), writing nothing", async () => {
    const r1 = await gql(db.ds, SUBSCRIBE, { email: "zgoda@example.org", consent: false });
    expect(errorCode(r1)).toBe("BAD_USER_INPUT");
    expect(r1.errors![0].extensions!.fields).toHaveProperty("consent");
    const r2 = await gql(db.ds, SUBSCRIBE, { email: "to-nie-jest-email", consent: true });
    expect(errorCode(r2)).toBe("BAD_USER_INPUT");
    expect(r2.errors![0].extensions!.fields).toHaveProperty("email");
    expect(await subscriber("zgoda@example.org")).toBeNull();
    expect(await db.ds.getRepository(NewsletterSubscriber).countBy({ email: "to-nie-jest-email" })).toBe(0);
  });

  it("answers an already subscribed address exactly like a new one", async () => {
    await subscribeAndConfirm("juz@example.org");
    const again = await gql(db.ds, SUBSCRIBE, { email: "juz@example.org", consent: true });
    const fresh = await gql(db.ds, SUBSCRIBE, { email: "calkiem-nowy@example.org", consent: true });
    expect(again).toEqual(fresh);
    expect(await subscriber("juz@example.org")).toMatchObject({ status: SubscriberStatus.CONFIRMED });
  });

  it("changes nothing with a forged, tampered, wrong-purpose or expired token", async () => {
    ok(await gql(db.ds, SUBSCRIBE, { email: "falszywy@example.org", consent: true }));
    const s = (await subscriber("falszywy@example.org"))!;
    const [mail] = await mailsTo("falszywy@example.org");
    const real = tokenFrom(mail.text, "/newsletter/confirm");
    const [body, sig] = real.split(".");
    const tampered = `${Buffer.from(JSON.stringify({ s: s.id, n: s.confirmNonce, e: 4102444800 })).toString("base64url")}.${sig}`;
    const expired = signNewsletterToken("confirm", { s: s.id, n: s.confirmNonce, e: Math.floor(Date.now() / 1000) - 60 });
    const wrongPurpose = signNewsletterToken("unsubscribe", { s: s.id, n: s.confirmNonce });
    for (const token of ["garbage", `${body}.AAAA`, tampered, expired, wrongPurpose, ""]) {
      expect(errorCode(await gql(db.ds, CONFIRM, { token }))).toBe("BAD_USER_INPUT");
    }
    expect(await subscriber("falszywy@example.org")).toMatchObject({ status: SubscriberStatus.PENDING });
    expect(errorCode(await gql(db.ds, UNSUBSCRIBE, { token: "garbage" }))).toBe("BAD_USER_INPUT");
  });

  it("refuses a confirmation link once the pending address has expired, and the job forgets the address", async () => {
    ok(await gql(db.ds, SUBSCRIBE, { email: "spozniony@example.org", consent: true }));
    const [mail] = await mailsTo("spozniony@example.org");
    await db.ds.getRepository(NewsletterSubscriber).update({ email: "spozniony@example.org" }, { expiresAt: new Date(Date.now() - 1000) });
    expect(errorCode(await gql(db.ds, CONFIRM, { token: tokenFrom(mail.text, "/newsletter/confirm") }))).toBe("BAD_USER_INPUT");
    expect(await subscriber("spozniony@example.org")).toMatchObject({ status: SubscriberStatus.PENDING });
    await expirePendingSubscribers(db.ds);
    expect(await subscriber("spozniony@example.org")).toBeNull();
  });

  it("subscribing again while the expiry job deletes the address's lapsed request: a fresh PENDING request and its confirmation", async () => {
    const email = "wygasly@example.org";
    ok(await gql(db.ds, SUBSCRIBE, { email, consent: true }));
    const lapsed = (await subscriber(email))!;
    await db.ds.getRepository(NewsletterSubscriber).update({ id: lapsed.id }, { expiresAt: new Date(Date.now() - 1000) });
    // The job has claimed the row (as its FOR UPDATE SKIP LOCKED does) when the request
    // finds it; it deletes it while the request waits for the row's lock.
    const again = await afterOtherCommits(
      db.ds,
      (other) => other.query(`SELECT id FROM newsletter_subscribers WHERE id = $1 FOR UPDATE`, [lapsed.id]),
      () => gql(db.ds, SUBSCRIBE, { email, consent: true }),
      (other) => other.query(`DELETE FROM newsletter_subscribers WHERE id = $1`, [lapsed.id]),
    );
    expect(ok(again).subscribeToNewsletter).toBe(true);
    const fresh = (await subscriber(email))!;
    expect(fresh).toMatchObject({ status: SubscriberStatus.PENDING });
    expect(fresh.id).not.toBe(lapsed.id);
    expect((await mailsTo(email)).filter((m) => m.template === "newsletter.confirm")).toHaveLength(2);
  });

  it("unsubscribes by the signed link without signing in; an old confirmation link does not resubscribe", async () => {
    const s = await subscribeAndConfirm("wypisz@example.org");
    const [confirmMail] = await mailsTo("wypisz@example.org");
    const token = signNewsletterToken("unsubscribe", { s: s.id });
    expect(ok(await gql(db.ds, UNSUBSCRIBE, { token })).unsubscribeFromNewsletter).toBe(true);
    expect(ok(await gql(db.ds, UNSUBSCRIBE, { token })).unsubscribeFromNewsletter).toBe(true);
    expect(await subscriber("wypisz@example.org")).toMatchObject({ status: SubscriberStatus.UNSUBSCRIBED });
    expect(errorCode(await gql(db.ds, CONFIRM, { token: tokenFrom(confirmMail.text, "/newsletter/confirm") }))).toBe("BAD_USER_INPUT");
    expect(await subscriber("wypisz@example.org")).toMatchObject({ status: SubscriberStatus.UNSUBSCRIBED });
  });

  it("is rate limited per IP", async () => {
    const ip = "10.99.0.1";
    let code: string | undefined;
    for (let i = 0; i < 12 && !code; i++) code = errorCode(await gql(db.ds, SUBSCRIBE, { email: `limit${i}@example.org`, consent: true }, null, ip));
    expect(code).toBe("RATE_LIMITED");
  });
});

describe("sending an issue", () => {
  const CREATE_ISSUE = `mutation($i: NewsletterIssueInput!) { createNewsletterIssue(input: $i) { id status } }`;
  const SEND = `mutation($id: ID!) { sendNewsletterIssue(id: $id) { id status sentAt recipientCount } }`;

  it("mails confirmed subscribers only, once each however often it is sent, with a List-Unsubscribe header", async () => {
    const confirmed = await subscribeAndConfirm("czytelnik@example.org");
    ok(await gql(db.ds, SUBSCRIBE, { email: "niepotwierdzony@example.org", consent: true }));
    const unsub = await subscribeAndConfirm("byly@example.org");
    ok(await gql(db.ds, UNSUBSCRIBE, { token: signNewsletterToken("unsubscribe", { s: unsub.id }) }));

    const p1 = await publishedPost("Pierwsza wiadomość wydania");
    const p2 = await publishedPost("Druga wiadomość wydania");
    const issue = ok(await gql(db.ds, CREATE_ISSUE, { i: { subject: "Newsletter testowy", intro: "Wstęp.", postIds: [p1, p2] } }, roles.admin.id)).createNewsletterIssue;

    const first = ok(await gql(db.ds, SEND, { id: issue.id }, roles.admin.id)).sendNewsletterIssue;
    expect(first.status).toBe("SENT");
    const second = ok(await gql(db.ds, SEND, { id: issue.id }, roles.admin.id)).sendNewsletterIssue;
    expect(second.recipientCount).toBe(first.recipientCount);

    const issueMails = await db.ds.getRepository(MailMessage).findBy({ template: "newsletter.issue" });
    const recipients = issueMails.map((m) => m.to);
    expect(recipients.filter((t) => t === "czytelnik@example.org")).toHaveLength(1);
    expect(recipients).not.toContain("niepotwierdzony@example.org");
    expect(recipients).not.toContain("byly@example.org");
    expect(new Set(recipients).size).toBe(recipients.length);

    const mine = issueMails.find((m) => m.to === "czytelnik@example.org")!;
    expect(mine.dedupeKey).toBe(`newsletter:${issue.id}:${confirmed.id}`);
    expect(mine.headers["List-Unsubscribe"]).toMatch(/^<https?:\/\/.+\/newsletter\/unsubscribe\/one-click\?token=.+>$/);
    expect(mine.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mine.text).toMatch(/1\. Pierwsza wiadomość wydania[\s\S]*2\. Druga wiadomość wydania/);
    // The footer's link unsubscribes this very person.
    ok(await gql(db.ds, UNSUBSCRIBE, { token: tokenFrom(mine.text, "/newsletter/unsubscribe") }));
    expect(await subscriber("czytelnik@example.org")).toMatchObject({ status: SubscriberStatus.UNSUBSCRIBED });
  });

  it("reaches a subscriber who confirmed after the first sending, and nobody else again", async () => {
    const p = await publishedPost("Wiadomość do dosyłania");
    const issue = ok(await gql(db.ds, CREATE_ISSUE, { i: { subject: "Dosyłanie", postIds: [p] } }, roles.admin.id)).createNewsletterIssue;
    await subscribeAndConfirm("wczesny@example.org");
    ok(await gql(db.ds, SEND, { id: issue.id }, roles.admin.id));
    await subscribeAndConfirm("pozny@example.org");
    ok(await gql(db.ds, SEND, { id: issue.id }, roles.admin.id));
    const mails = await db.ds.getRepository(MailMessage).findBy({ template: "newsletter.issue", subject: "Dosyłanie" });
    const to = mails.map((m) => m.to);
    expect(to.filter((t) => t === "wczesny@example.org")).toHaveLength(1);
    expect(to.filter((t) => t === "pozny@example.org")).toHaveLength(1);
    expect(new Set(to).size).toBe(to.length);
  });

  it("refuses to send an issue with an unpublished post", async () => {
    const id = ok(await gql(db.ds, `mutation($i: NewsPostInput!) { createNewsPost(input: $i) { id } }`, { i: { title: "Szkic", body: "x" } }, roles.admin.id)).createNewsPost.id;
    const issue = ok(await gql(db.ds, CREATE_ISSUE, { i: { subject: "Ze szkicem", postIds: [id] } }, roles.admin.id)).createNewsletterIssue;
    const r = await gql(db.ds, SEND, { id: issue.id }, roles.admin.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect((await db.ds.getRepository(NewsletterIssue).findOneByOrFail({ id: issue.id })).status).toBe("DRAFT");
  });

  it("sends a test to the admin only", async () => {
    const p = await publishedPost("Wiadomość testowa wydania");
    const issue = ok(await gql(db.ds, CREATE_ISSUE, { i: { subject: "Test do siebie", postIds: [p] } }, roles.admin.id)).createNewsletterIssue;
    ok(await gql(db.ds, `mutation($id: ID!) { sendNewsletterIssueTest(id: $id) }`, { id: issue.id }, roles.admin.id));
    const mails = await db.ds.getRepository(MailMessage).findBy({ template: "newsletter.test" });
    expect(mails.map((m) => m.to)).toEqual([roles.admin.email]);
    expect((await db.ds.getRepository(NewsletterIssue).findOneByOrFail({ id: issue.id })).status).toBe("DRAFT");
  });

  it("keeps drafts out of the public archive, and admin operations away from non-admins", async () => {
    const p = await publishedPost("Wiadomość archiwum");
    const issue = ok(await gql(db.ds, CREATE_ISSUE, { i: { subject: "Archiwum szkic", postIds: [p] } }, roles.admin.id)).createNewsletterIssue;
    const list = ok(await gql(db.ds, `{ newsletterIssues { id } }`)).newsletterIssues.map((i: { id: string }) => i.id);
    expect(list).not.toContain(issue.id);
    expect(ok(await gql(db.ds, `query($id: ID!) { newsletterIssue(id: $id) { id } }`, { id: issue.id })).newsletterIssue).toBeNull();
    const ops: [string, Record<string, unknown>][] = [
      [CREATE_ISSUE, { i: { subject: "X y z", postIds: [p] } }],
      [SEND, { id: issue.id }],
      [`mutation($id: ID!) { sendNewsletterIssueTest(id: $id) }`, { id: issue.id }],
      [`query($id: ID!) { previewNewsletterIssue(id: $id) { subject } }`, { id: issue.id }],
      [`{ newsletterStats { confirmed } }`, {}],
    ];
    for (const [q, v] of ops) {
      for (const u of [roles.resident.id, roles.pes.id, roles.official.id]) expect(errorCode(await gql(db.ds, q, v, u))).toBe("FORBIDDEN");
    }
    expect(await db.ds.getRepository(MailMessage).countBy({ subject: "Archiwum szkic" })).toBe(0);
  });
});
