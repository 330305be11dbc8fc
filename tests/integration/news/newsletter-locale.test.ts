import { MailMessage } from "../../../entities/system";
import { NewsletterSubscriber } from "../../../entities/news";
import type { TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createTestDbWithRoles, type RoleSet } from "../../factories";
import { publishNewsPost } from "./helpers";

let db: TestDb;
let roles: RoleSet;
beforeAll(async () => ({ db, roles } = await createTestDbWithRoles()));
afterAll(() => db.drop());

const SUBSCRIBE = `mutation($email: String!, $locale: String) { subscribeToNewsletter(email: $email, consent: true, locale: $locale) }`;
const CONFIRM = `mutation($token: String!) { confirmNewsletterSubscription(token: $token) }`;
const UNSUBSCRIBE = `mutation($token: String!) { unsubscribeFromNewsletter(token: $token) }`;
const mailsTo = (to: string) => db.ds.getRepository(MailMessage).find({ where: { to }, order: { createdAt: "ASC" } });

/** The token of a link to `path` in a mail text, and the link's `lang` parameter (if any). */
function link(text: string, path: string): { token: string; lang: string | null } {
  const m = text.match(new RegExp(`${path}\\?([^\\s]+)`));
  if (!m) throw new Error(`no ${path} link in: ${text}`);
  const q = new URLSearchParams(m[1]);
  return { token: q.get("token")!, lang: q.get("lang") };
}

async function subscribeAndConfirm(email: string, locale?: string, userId: string | null = null): Promise<void> {
  ok(await gql(db.ds, SUBSCRIBE, { email, locale }, userId));
  const [mail] = await mailsTo(email);
  ok(await gql(db.ds, CONFIRM, { token: link(mail.text, "/newsletter/confirm").token }));
}

const publishedPost = (title: string) => publishNewsPost(db.ds, roles.admin.id, title, "Treść po polsku.");

describe("newsletter in the subscriber's language", () => {
  it("mails the confirmation in English to an English subscriber and in Polish by default", async () => {
    ok(await gql(db.ds, SUBSCRIBE, { email: "reader-en@example.org", locale: "en" }));
    ok(await gql(db.ds, SUBSCRIBE, { email: "czytelnik-pl@example.org" }));
    const [en] = await mailsTo("reader-en@example.org");
    const [pl] = await mailsTo("czytelnik-pl@example.org");
    expect(en.subject).toBe("Confirm your subscription to the PES-TOR newsletter");
    expect(en.text).toContain("To confirm, open this link");
    expect(en.html).toContain('lang="en"');
    expect(link(en.text, "/newsletter/confirm").lang).toBe("en");
    expect(link(en.text, "/newsletter/unsubscribe").lang).toBe("en");
    expect(pl.subject).toBe("Potwierdź zapis na newsletter PES-TOR");
    expect(pl.text).toContain("Aby potwierdzić zapis");
    expect(link(pl.text, "/newsletter/confirm").lang).toBeNull();
    expect((await db.ds.getRepository(NewsletterSubscriber).findOneByOrFail({ email: "reader-en@example.org" })).locale).toBe("en");
    // The English links work like the Polish ones.
    ok(await gql(db.ds, CONFIRM, { token: link(en.text, "/newsletter/confirm").token }));
  });

  it("inherits the account's language when the page gives none, and refuses other languages", async () => {
    await db.ds.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [roles.resident.id]);
    ok(await gql(db.ds, SUBSCRIBE, { email: "konto-en@example.org" }, roles.resident.id));
    expect((await mailsTo("konto-en@example.org"))[0].subject).toMatch(/^Confirm/);
    const r = await gql(db.ds, SUBSCRIBE, { email: "de@example.org", locale: "de" });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(await db.ds.getRepository(NewsletterSubscriber).findOneBy({ email: "de@example.org" })).toBeNull();
  });

  it("sends an issue with English chrome and the admin's English subject/intro to English subscribers, Polish to Polish ones, both with List-Unsubscribe", async () => {
    await subscribeAndConfirm("issue-en@example.org", "en");
    await subscribeAndConfirm("wydanie-pl@example.org", "pl");
    const postId = await publishedPost("Spotkanie PES i administracji");
    const issue = ok(
      await gql(
        db.ds,
        `mutation($i: NewsletterIssueInput!) { createNewsletterIssue(input: $i) { id subjectEn introEn } }`,
        { i: { subject: "Newsletter PES-TOR — lipiec", intro: "Wstęp po polsku.", subjectEn: "PES-TOR newsletter — July", introEn: "An introduction in English.", postIds: [postId] } },
        roles.admin.id,
      ),
    ).createNewsletterIssue;
    expect(issue).toMatchObject({ subjectEn: "PES-TOR newsletter — July", introEn: "An introduction in English." });

    const preview = ok(await gql(db.ds, `query($id: ID!) { previewNewsletterIssue(id: $id, locale: "en") { subject text } }`, { id: issue.id }, roles.admin.id))
      .previewNewsletterIssue;
    expect(preview.subject).toBe("PES-TOR newsletter — July");
    expect(preview.text).toContain("This is a preview");

    ok(await gql(db.ds, `mutation($id: ID!) { sendNewsletterIssue(id: $id) { id } }`, { id: issue.id }, roles.admin.id));
    const en = (await mailsTo("issue-en@example.org")).find((m) => m.template === "newsletter.issue")!;
    const pl = (await mailsTo("wydanie-pl@example.org")).find((m) => m.template === "newsletter.issue")!;

    expect(en.subject).toBe("PES-TOR newsletter — July");
    expect(en.text).toContain("An introduction in English.");
    expect(en.text).toContain("1. Spotkanie PES i administracji"); // the post itself stays Polish
    expect(en.text).toContain("Read more:");
    expect(en.text).toContain("Unsubscribe with one click:");
    expect(en.text).not.toMatch(/Czytaj dalej|Rezygnacja/);
    expect(en.html).toContain('lang="en"');
    expect(link(en.text, "/newsletter/unsubscribe").lang).toBe("en");

    expect(pl.subject).toBe("Newsletter PES-TOR — lipiec");
    expect(pl.text).toContain("Wstęp po polsku.");
    expect(pl.text).toContain("Czytaj dalej:");
    expect(pl.text).toContain("Rezygnacja jednym kliknięciem:");
    expect(pl.text).not.toMatch(/Read more|English/);

    for (const m of [en, pl]) {
      expect(m.headers["List-Unsubscribe"]).toMatch(/^<https?:\/\/.+\/newsletter\/unsubscribe\/one-click\?token=.+>$/);
      expect(m.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    }
    // The English unsubscribe link works.
    ok(await gql(db.ds, UNSUBSCRIBE, { token: link(en.text, "/newsletter/unsubscribe").token }));
    expect((await db.ds.getRepository(NewsletterSubscriber).findOneByOrFail({ email: "issue-en@example.org" })).status).toBe("UNSUBSCRIBED");
  });

  it("falls back to the Polish subject and intro for English subscribers when the admin gave no English ones", async () => {
    await subscribeAndConfirm("fallback-en@example.org", "en");
    const postId = await publishedPost("Szkolenie dla PES");
    const id = ok(
      await gql(db.ds, `mutation($i: NewsletterIssueInput!) { createNewsletterIssue(input: $i) { id } }`, { i: { subject: "Tylko po polsku", intro: "Wstęp", postIds: [postId] } }, roles.admin.id),
    ).createNewsletterIssue.id;
    ok(await gql(db.ds, `mutation($id: ID!) { sendNewsletterIssue(id: $id) { id } }`, { id }, roles.admin.id));
    const m = (await mailsTo("fallback-en@example.org")).find((x) => x.template === "newsletter.issue")!;
    expect(m.subject).toBe("Tylko po polsku");
    expect(m.text).toContain("Read more:");
  });
});
