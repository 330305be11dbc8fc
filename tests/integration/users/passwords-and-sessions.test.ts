import { createHash } from "node:crypto";
import { AccountToken, AccountTokenPurpose, Role, User } from "../../../entities/users";
import { MailMessage } from "../../../entities/system";
import { logger } from "../../../server/logger";
import { verifyCredentials } from "../../../server/modules/users/users.service";
import { RESET_ANSWER_MS } from "../../../server/modules/users/account-lifecycle.service";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createUser, FACTORY_PASSWORD } from "../../factories";
import { asCookie, tokenFromMail } from "./account-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
const CHANGE = `mutation($c: String!, $p: String!) { changePassword(currentPassword: $c, newPassword: $p) }`;
const EMAIL_CHANGE = `mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, password: $p) }`;
const WRITE = `mutation { savePremisesSearch(name: "Moje wyszukiwanie") { id } }`;
const NEW_PASSWORD = "zupelnie-nowe-haslo-42";

const canSignIn = async (email: string, password: string) => Boolean(await verifyCredentials(db.ds, email, password, `10.8.${Math.floor(Math.random() * 250)}.1`));
const version = async (id: string) => (await db.ds.getRepository(User).findOneByOrFail({ id })).sessionVersion;

describe("requestPasswordReset", () => {
  it("answers true in the same time for a known and an unknown address, and mails only the known one", async () => {
    const u = await createUser(db.ds);
    ok(await gql(db.ds, REQUEST, { e: "rozgrzewka@example.org" })); // the first request starts the server
    const timed = async (e: string) => {
      const t = Date.now();
      expect(ok(await gql(db.ds, REQUEST, { e })).requestPasswordReset).toBe(true);
      return Date.now() - t;
    };
    const known = [await timed(u.email.toUpperCase()), await timed(u.email)];
    const unknown = [await timed("nikt-taki@example.org"), await timed("nikt-taki@example.org")];
    for (const ms of [...known, ...unknown]) expect(ms).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
    expect(Math.abs(Math.min(...known) - Math.min(...unknown))).toBeLessThan(100);
    expect(await db.ds.getRepository(MailMessage).countBy({ to: u.email, template: "users.reset-password" })).toBe(2);
    expect(await db.ds.getRepository(MailMessage).countBy({ to: "nikt-taki@example.org" })).toBe(0);
    const [mail] = await db.ds.getRepository(MailMessage).findBy({ to: u.email, template: "users.reset-password" });
    expect(mail.text).toMatch(/\/signin\/reset\?token=/);
  });

  it("refuses a malformed address as bad input", async () => {
    expect(errorCode(await gql(db.ds, REQUEST, { e: "nie-adres" }))).toBe("BAD_USER_INPUT");
  });
});

describe("resetPassword", () => {
  it("sets the new password once; the token is stored as its SHA-256 and expires after one hour", async () => {
    const u = await createUser(db.ds);
    ok(await gql(db.ds, REQUEST, { e: u.email }));
    const token = await tokenFromMail(db.ds, u.email, "users.reset-password");
    const row = await db.ds.getRepository(AccountToken).findOneByOrFail({ userId: u.id, purpose: AccountTokenPurpose.RESET_PASSWORD });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const ttl = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(ttl).toBeGreaterThan(3600_000 - 5000);
    expect(ttl).toBeLessThanOrEqual(3600_000 + 5000);

    expect(ok(await gql(db.ds, RESET, { t: token, p: NEW_PASSWORD })).resetPassword).toBe(true);
    expect(await canSignIn(u.email, NEW_PASSWORD)).toBe(true);
    expect(await canSignIn(u.email, FACTORY_PASSWORD)).toBe(false);
    const again = await gql(db.ds, RESET, { t: token, p: "jeszcze-inne-haslo-77" });
    expect(again.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { token: expect.any(String) } });
    expect(await canSignIn(u.email, NEW_PASSWORD)).toBe(true);
  });

  it("refuses an expired token (the clock moved past its hour)", async () => {
    const u = await createUser(db.ds);
    ok(await gql(db.ds, REQUEST, { e: u.email }));
    const token = await tokenFromMail(db.ds, u.email, "users.reset-password");
    await db.ds.getRepository(AccountToken).update({ userId: u.id }, { expiresAt: new Date(Date.now() - 1) });
    const r = await gql(db.ds, RESET, { t: token, p: NEW_PASSWORD });
    expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { token: expect.any(String) } });
    expect(await canSignIn(u.email, FACTORY_PASSWORD)).toBe(true);
  });

  it("refuses an unknown token", async () => {
    const r = await gql(db.ds, RESET, { t: "A".repeat(43), p: NEW_PASSWORD });
    expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { token: expect.any(String) } });
  });

  it.each(["krotkie1", "haslo12345", "qwertyuiop123", "password123"])(
    "refuses the weak password %j with fields.newPassword and leaves the token usable",
    async (weak) => {
      const u = await createUser(db.ds);
      ok(await gql(db.ds, REQUEST, { e: u.email }));
      const token = await tokenFromMail(db.ds, u.email, "users.reset-password");
      const r = await gql(db.ds, RESET, { t: token, p: weak });
      expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { newPassword: expect.any(String) } });
      ok(await gql(db.ds, RESET, { t: token, p: NEW_PASSWORD }));
    },
  );

  it("refuses a password built from the person's own address or name", async () => {
    const u = await createUser(db.ds, { email: "bozena.kwiatkowska@example.org", name: "Bożena Kwiatkowska" });
    ok(await gql(db.ds, REQUEST, { e: u.email }));
    const token = await tokenFromMail(db.ds, u.email, "users.reset-password");
    const r = await gql(db.ds, RESET, { t: token, p: "kwiatkowska2024" });
    expect(r.errors![0].extensions!.fields).toHaveProperty("newPassword");
  });

  it("signs out every session from before the reset: writes are UNAUTHENTICATED and me is null", async () => {
    const u = await createUser(db.ds);
    const before = { sub: u.id, sv: await version(u.id) };
    expect((await asCookie(db.ds, before, `{ me { id } }`)).data.me).toEqual({ id: u.id });
    ok(await gql(db.ds, REQUEST, { e: u.email }));
    ok(await gql(db.ds, RESET, { t: await tokenFromMail(db.ds, u.email, "users.reset-password"), p: NEW_PASSWORD }));
    expect((await asCookie(db.ds, before, `{ me { id } }`)).data.me).toBeNull();
    expect((await asCookie(db.ds, before, WRITE)).code).toBe("UNAUTHENTICATED");
    // A cookie from before this rule (no version) counts as version 0: also signed out.
    expect((await asCookie(db.ds, { sub: u.id }, `{ me { id } }`)).data.me).toBeNull();
    // Signing in again gives a cookie of the new version, which works.
    const after = { sub: u.id, sv: await version(u.id) };
    expect((await asCookie(db.ds, after, WRITE)).code).toBeUndefined();
  });

  it("confirms the address too (the link reached the mailbox)", async () => {
    const u = await createUser(db.ds, { emailVerified: false });
    ok(await gql(db.ds, REQUEST, { e: u.email }));
    ok(await gql(db.ds, RESET, { t: await tokenFromMail(db.ds, u.email, "users.reset-password"), p: NEW_PASSWORD }));
    expect((await db.ds.getRepository(User).findOneByOrFail({ id: u.id })).emailVerified).toBe(true);
  });
});

describe("changePassword", () => {
  it("keeps the changer's session, ends every other one, and the new password signs in", async () => {
    const u = await createUser(db.ds);
    const mine = { sub: u.id, sv: await version(u.id) };
    const otherDevice = { ...mine };
    const r = await asCookie(db.ds, mine, CHANGE, { c: FACTORY_PASSWORD, p: NEW_PASSWORD });
    expect(r.data).toEqual({ changePassword: true });
    // The route re-issues this request's cookie with the new version …
    expect(r.keepSession).toEqual({ sessionVersion: mine.sv + 1 });
    const reissued = { sub: u.id, sv: r.keepSession!.sessionVersion };
    expect((await asCookie(db.ds, reissued, `{ me { id } }`)).data.me).toEqual({ id: u.id });
    expect((await asCookie(db.ds, reissued, WRITE)).code).toBeUndefined();
    // … while every cookie of the old version is signed out.
    expect((await asCookie(db.ds, otherDevice, `{ me { id } }`)).data.me).toBeNull();
    expect((await asCookie(db.ds, otherDevice, WRITE)).code).toBe("UNAUTHENTICATED");
    expect(await canSignIn(u.email, NEW_PASSWORD)).toBe(true);
    expect(await db.ds.getRepository(MailMessage).countBy({ to: u.email, template: "users.password-changed" })).toBe(1);
  });

  it("refuses a wrong current password with fields.currentPassword and changes nothing", async () => {
    const u = await createUser(db.ds);
    const r = await gql(db.ds, CHANGE, { c: "to-nie-jest-moje-haslo", p: NEW_PASSWORD }, u.id);
    expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { currentPassword: expect.any(String) } });
    expect(await version(u.id)).toBe(0);
    expect(await canSignIn(u.email, FACTORY_PASSWORD)).toBe(true);
  });

  it("refuses a weak new password with fields.newPassword", async () => {
    const u = await createUser(db.ds);
    const r = await gql(db.ds, CHANGE, { c: FACTORY_PASSWORD, p: "1234567890" }, u.id);
    expect(r.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { newPassword: expect.any(String) } });
    expect(await version(u.id)).toBe(0);
  });

  it("needs a signed-in person", async () => {
    expect(errorCode(await gql(db.ds, CHANGE, { c: FACTORY_PASSWORD, p: NEW_PASSWORD }))).toBe("UNAUTHENTICATED");
  });
});

describe("a role change ends the account's sessions", () => {
  it("setUserRole raises the session version; approving an official's application keeps their session", async () => {
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const u = await createUser(db.ds);
    const before = { sub: u.id, sv: 0 };
    ok(await gql(db.ds, `mutation($id: ID!) { setUserRole(userId: $id, role: OFFICIAL) { id } }`, { id: u.id }, admin.id));
    expect((await asCookie(db.ds, before, `{ me { id } }`)).data.me).toBeNull();

    const official = await createUser(db.ds, { accountType: "OFFICIAL" as never, approvalStatus: "PENDING" as never });
    ok(await gql(db.ds, `mutation($id: ID!) { decideOfficial(userId: $id, approve: true) { id } }`, { id: official.id }, admin.id));
    expect(await version(official.id)).toBe(0);
  });
});

describe("requestEmailChange", () => {
  it("sends the link to the NEW address; the address changes only when it is opened", async () => {
    const u = await createUser(db.ds);
    ok(await gql(db.ds, EMAIL_CHANGE, { e: "Nowy.Adres@Example.org", p: FACTORY_PASSWORD }, u.id));
    expect((await db.ds.getRepository(User).findOneByOrFail({ id: u.id })).email).toBe(u.email);
    const token = await tokenFromMail(db.ds, "nowy.adres@example.org", "users.change-email");
    expect(await db.ds.getRepository(MailMessage).countBy({ to: u.email, template: "users.change-email" })).toBe(0);
    ok(await gql(db.ds, `mutation($t: String!) { verifyEmail(token: $t) }`, { t: token }));
    const after = await db.ds.getRepository(User).findOneByOrFail({ id: u.id });
    expect(after).toMatchObject({ email: "nowy.adres@example.org", emailVerified: true });
    expect(await canSignIn("nowy.adres@example.org", FACTORY_PASSWORD)).toBe(true);
    expect(await db.ds.getRepository(MailMessage).countBy({ to: u.email, template: "users.email-changed" })).toBe(1);
    expect(errorCode(await gql(db.ds, `mutation($t: String!) { verifyEmail(token: $t) }`, { t: token }))).toBe("BAD_USER_INPUT");
  });

  it("is CONFLICT when the new address has an account, when asked and when the link is opened", async () => {
    const u = await createUser(db.ds);
    const taken = await createUser(db.ds);
    expect(errorCode(await gql(db.ds, EMAIL_CHANGE, { e: taken.email, p: FACTORY_PASSWORD }, u.id))).toBe("CONFLICT");
    ok(await gql(db.ds, EMAIL_CHANGE, { e: "wolny-jeszcze@example.org", p: FACTORY_PASSWORD }, u.id));
    const token = await tokenFromMail(db.ds, "wolny-jeszcze@example.org", "users.change-email");
    await createUser(db.ds, { email: "wolny-jeszcze@example.org" });
    expect(errorCode(await gql(db.ds, `mutation($t: String!) { verifyEmail(token: $t) }`, { t: token }))).toBe("CONFLICT");
    expect((await db.ds.getRepository(User).findOneByOrFail({ id: u.id })).email).toBe(u.email);
  });

  it("needs the password, and refuses the current address", async () => {
    const u = await createUser(db.ds);
    const wrong = await gql(db.ds, EMAIL_CHANGE, { e: "inny@example.org", p: "nie-moje-haslo" }, u.id);
    expect(wrong.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { password: expect.any(String) } });
    const same = await gql(db.ds, EMAIL_CHANGE, { e: u.email, p: FACTORY_PASSWORD }, u.id);
    expect(same.errors![0].extensions!.fields).toHaveProperty("newEmail");
  });

  it("is open to an unverified account (to fix a mistyped address)", async () => {
    const u = await createUser(db.ds, { emailVerified: false });
    expect(errorCode(await gql(db.ds, EMAIL_CHANGE, { e: "poprawiony@example.org", p: FACTORY_PASSWORD }, u.id))).toBeUndefined();
  });
});

describe("a new password voids a pending address change", () => {
  // Whoever asked for it knew the old password: the owner who resets or changes it shuts them out.
  const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) }`;
  it.each(["reset", "change"])("after a password %s the link to the other address is BAD_USER_INPUT and the address stays", async (how) => {
    const u = await createUser(db.ds);
    const intruder = `przejecie-${how}@example.org`;
    ok(await gql(db.ds, EMAIL_CHANGE, { e: intruder, p: FACTORY_PASSWORD }, u.id));
    const link = await tokenFromMail(db.ds, intruder, "users.change-email");
    if (how === "reset") {
      ok(await gql(db.ds, REQUEST, { e: u.email }));
      ok(await gql(db.ds, RESET, { t: await tokenFromMail(db.ds, u.email, "users.reset-password"), p: NEW_PASSWORD }));
    } else {
      ok(await gql(db.ds, CHANGE, { c: FACTORY_PASSWORD, p: NEW_PASSWORD }, u.id));
    }
    const r = await gql(db.ds, VERIFY, { t: link });
    expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { token: expect.any(String) } });
    expect((await db.ds.getRepository(User).findOneByOrFail({ id: u.id })).email).toBe(u.email);
  });
});

describe("logs", () => {
  it("never contain an address, a token or a password of these operations", async () => {
    const lines: string[] = [];
    const spies = (["info", "warn", "error", "debug"] as const).map((level) =>
      jest.spyOn(logger, level).mockImplementation(((...args: unknown[]) => void lines.push(JSON.stringify(args))) as never),
    );
    try {
      const u = await createUser(db.ds, { email: "tajny.adres@example.org" });
      await asCookie(db.ds, null, REQUEST, { e: u.email });
      await asCookie(db.ds, null, REQUEST, { e: "nieznany.adres@example.org" });
      const token = await tokenFromMail(db.ds, u.email, "users.reset-password");
      await asCookie(db.ds, null, RESET, { t: token, p: "tajne-nowe-haslo-99" });
      await asCookie(db.ds, { sub: u.id, sv: await version(u.id) }, CHANGE, { c: "tajne-nowe-haslo-99", p: "drugie-tajne-haslo-98" });
      await asCookie(db.ds, { sub: u.id, sv: await version(u.id) }, EMAIL_CHANGE, { e: "tajny.nowy@example.org", p: "drugie-tajne-haslo-98" });
      const all = lines.join("\n");
      expect(lines.length).toBeGreaterThan(0);
      for (const secret of ["tajny.adres", "nieznany.adres", "tajny.nowy", token, "tajne-nowe-haslo-99", "drugie-tajne-haslo-98"]) {
        expect(all).not.toContain(secret);
      }
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
  });
});
