import { createHash } from "node:crypto";
import { AccountToken, AccountTokenPurpose, User } from "../../../entities/users";
import { MailMessage } from "../../../entities/system";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createUser } from "../../factories";
import { createTraining, REGISTER } from "../trainings/helpers";
import { AccountLifecycle1764100020000 } from "../../../migrations/1764100020000-AccountLifecycle";
import { tokenFromMail } from "./account-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const SIGN_UP = `mutation($email: String!) {
  signUp(email: $email, password: "bezpieczne-haslo-7", name: "Nowa Osoba", accountType: RESIDENT) { id emailVerified }
}`;
const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) }`;
const RESEND = `mutation { resendVerificationEmail }`;

async function signUp(email: string) {
  return ok(await gql(db.ds, SIGN_UP, { email })).signUp as { id: string; emailVerified: boolean };
}

describe("e-mail verification", () => {
  it("sign-up e-mails a link with the token as the `token` parameter; until it is opened, registering is FORBIDDEN with reason EMAIL_NOT_VERIFIED", async () => {
    const user = await signUp("weryfikacja@example.org");
    expect(user.emailVerified).toBe(false);
    const training = await createTraining(db.ds);
    const refused = await gql(db.ds, REGISTER, { id: training }, user.id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "EMAIL_NOT_VERIFIED" });

    const mail = await db.ds.getRepository(MailMessage).findOneByOrFail({ to: "weryfikacja@example.org", template: "users.verify-email" });
    expect(mail.text).toMatch(/\/account\/verify\?token=/);
    const token = await tokenFromMail(db.ds, "weryfikacja@example.org", "users.verify-email");
    expect(ok(await gql(db.ds, VERIFY, { t: token })).verifyEmail).toBe(true);
    expect(ok(await gql(db.ds, `{ me { emailVerified } }`, {}, user.id)).me.emailVerified).toBe(true);
    expect(errorCode(await gql(db.ds, REGISTER, { id: training }, user.id))).toBeUndefined();
  });

  it("writes the link in the account's language", async () => {
    const u = await createUser(db.ds, { emailVerified: false, locale: "en" });
    ok(await gql(db.ds, RESEND, {}, u.id));
    const mail = await db.ds.getRepository(MailMessage).findOneByOrFail({ to: u.email, template: "users.verify-email" });
    expect(mail.subject).toMatch(/Confirm your e-mail address/);
    expect(mail.text).toMatch(/Hello .*,/);
    expect(mail.html).toContain('lang="en"');
  });

  it("stores only the SHA-256 of the token, never the token", async () => {
    await signUp("hash@example.org");
    const token = await tokenFromMail(db.ds, "hash@example.org", "users.verify-email");
    const user = await db.ds.getRepository(User).findOneByOrFail({ email: "hash@example.org" });
    const rows = await db.ds.query(`SELECT * FROM account_tokens WHERE user_id = $1`, [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("a link works once", async () => {
    await signUp("raz@example.org");
    const token = await tokenFromMail(db.ds, "raz@example.org", "users.verify-email");
    ok(await gql(db.ds, VERIFY, { t: token }));
    const again = await gql(db.ds, VERIFY, { t: token });
    expect(errorCode(again)).toBe("BAD_USER_INPUT");
    expect(again.errors![0].extensions!.fields).toHaveProperty("token");
  });

  it("an expired link is refused and verifies nothing", async () => {
    const { id } = await signUp("stary@example.org");
    const token = await tokenFromMail(db.ds, "stary@example.org", "users.verify-email");
    await db.ds.getRepository(AccountToken).update({ userId: id }, { expiresAt: new Date(Date.now() - 1000) });
    const r = await gql(db.ds, VERIFY, { t: token });
    expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { token: expect.any(String) } });
    expect((await db.ds.getRepository(User).findOneByOrFail({ id })).emailVerified).toBe(false);
  });

  it.each([["a made-up token", "x".repeat(43)], ["an empty token", ""], ["a password-reset token", "RESET"]])("refuses %s with fields.token", async (_what, value) => {
    let t = value;
    if (value === "RESET") {
      const u = await createUser(db.ds);
      ok(await gql(db.ds, `mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: u.email }));
      t = await tokenFromMail(db.ds, u.email, "users.reset-password");
    }
    const r = await gql(db.ds, VERIFY, { t });
    expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { token: expect.any(String) } });
  });

  it("resending sends a new link and the old one stops working", async () => {
    const { id } = await signUp("ponownie@example.org");
    const first = await tokenFromMail(db.ds, "ponownie@example.org", "users.verify-email");
    expect(ok(await gql(db.ds, RESEND, {}, id)).resendVerificationEmail).toBe(true);
    const second = await tokenFromMail(db.ds, "ponownie@example.org", "users.verify-email");
    expect(second).not.toBe(first);
    expect(errorCode(await gql(db.ds, VERIFY, { t: first }))).toBe("BAD_USER_INPUT");
    ok(await gql(db.ds, VERIFY, { t: second }));
  });

  it("resending is for signed-in, unverified accounts, a few times an hour", async () => {
    expect(errorCode(await gql(db.ds, RESEND))).toBe("UNAUTHENTICATED");
    const verified = await createUser(db.ds);
    expect(errorCode(await gql(db.ds, RESEND, {}, verified.id))).toBe("CONFLICT");
    const u = await createUser(db.ds, { emailVerified: false });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) codes.push(errorCode(await gql(db.ds, RESEND, {}, u.id)));
    expect(codes.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(codes.slice(5)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    expect(await db.ds.getRepository(AccountToken).countBy({ userId: u.id, purpose: AccountTokenPurpose.VERIFY_EMAIL })).toBe(5);
  });

  it("the migration counts accounts that existed before it as verified, and new rows as unverified", async () => {
    const migration = new AccountLifecycle1764100020000();
    const qr = db.ds.createQueryRunner();
    try {
      await qr.startTransaction();
      await migration.down(qr);
      await qr.query(`INSERT INTO users (email, name, password_hash) VALUES ('dawny@example.org', 'Dawne Konto', 'x')`);
      await migration.up(qr);
      const [{ email_verified }] = await qr.query(`SELECT email_verified FROM users WHERE email = 'dawny@example.org'`);
      expect(email_verified).toBe(true);
      await qr.query(`INSERT INTO users (email, name, password_hash) VALUES ('nowy-wiersz@example.org', 'Nowe Konto', 'x')`);
      const [fresh] = await qr.query(`SELECT email_verified, session_version FROM users WHERE email = 'nowy-wiersz@example.org'`);
      expect(fresh).toEqual({ email_verified: false, session_version: 0 });
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  });
});
