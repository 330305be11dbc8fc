import { User } from "../../../entities/users";
import { MailMessage } from "../../../entities/system";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { createUser } from "../../factories";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const SIGN_UP = `mutation($email: String!, $password: String!, $name: String!, $type: AccountType!) {
  signUp(email: $email, password: $password, name: $name, accountType: $type) { id email name role accountType approvalStatus }
}`;

const count = () => db.ds.getRepository(User).count();

describe("signUp", () => {
  it("creates a resident, unverified until the e-mailed link is opened, and queues a welcome e-mail", async () => {
    const r = await gql(db.ds, SIGN_UP, { email: "  Nowa@Example.ORG ", password: "bezpieczne-haslo-7", name: " Nowa Osoba ", type: "RESIDENT" });
    const user = ok(r).signUp;
    expect(user).toMatchObject({ email: "nowa@example.org", name: "Nowa Osoba", role: "RESIDENT", accountType: "RESIDENT" });
    const mails = await db.ds.getRepository(MailMessage).findBy({ to: "nowa@example.org" });
    expect(mails.map((m) => m.template).sort()).toEqual(["users.verify-email", "users.welcome"]);
    expect(ok(await gql(db.ds, `{ me { emailVerified } }`, {}, user.id)).me.emailVerified).toBe(false);
  });

  it("keeps the language of the sign-up page for the account and writes its first e-mails in it", async () => {
    const SIGN_UP_IN = `mutation($email: String!, $locale: String) {
      signUp(email: $email, password: "bezpieczne-haslo-7", name: "Anna English", accountType: RESIDENT, locale: $locale) { id locale }
    }`;
    const user = ok(await gql(db.ds, SIGN_UP_IN, { email: "english@example.org", locale: "en" })).signUp;
    expect(user.locale).toBe("en");
    const mails = await db.ds.getRepository(MailMessage).findBy({ to: "english@example.org" });
    expect(mails.map((m) => m.subject).sort()).toEqual(["Confirm your e-mail address — PES-TOR", "Welcome to PES-TOR"]);
    // Without a language the account stays Polish, as before.
    const pl = ok(await gql(db.ds, SIGN_UP_IN, { email: "polski@example.org" })).signUp;
    expect(pl.locale).toBe("pl");
    const before = await count();
    const r = await gql(db.ds, SIGN_UP_IN, { email: "niemiecki@example.org", locale: "de" });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain("locale");
    expect(await count()).toBe(before);
  });

  it("keeps an official account at RESIDENT rights until an admin approves it", async () => {
    const r = ok(await gql(db.ds, SIGN_UP, { email: "urzednik@example.org", password: "bezpieczne-haslo-7", name: "Jan Urzędnik", type: "OFFICIAL" }));
    expect(r.signUp).toMatchObject({ role: "RESIDENT", accountType: "OFFICIAL", approvalStatus: "PENDING" });
  });

  it("keeps a PES account at RESIDENT rights until its organisation is verified", async () => {
    const r = ok(await gql(db.ds, SIGN_UP, { email: "pes-nowy@example.org", password: "bezpieczne-haslo-7", name: "Ewa Spółdzielcza", type: "PES" }));
    expect(r.signUp).toMatchObject({ role: "RESIDENT", accountType: "PES" });
  });

  it("refuses a taken e-mail (any letter case) with CONFLICT and writes nothing", async () => {
    await createUser(db.ds, { email: "zajety@example.org" });
    const before = await count();
    const r = await gql(db.ds, SIGN_UP, { email: "ZAJETY@example.org", password: "bezpieczne-haslo-7", name: "Ktoś", type: "RESIDENT" });
    expect(errorCode(r)).toBe("CONFLICT");
    expect(await count()).toBe(before);
  });

  it.each([
    ["email", { email: "not-an-email" }],
    ["email", { email: `${"a".repeat(250)}@example.org` }],
    ["password", { password: "short1" }],
    ["password", { password: "haslo12345" }],
    ["password", { password: "qwertyuiop1" }],
    ["password", { password: "ok@example.org" }],
    ["name", { name: "x".repeat(121) }],
    ["name", { name: "   " }],
    ["name", { name: "NUL\u0000byte" }],
  ])("refuses a bad %s with BAD_USER_INPUT naming it, and writes nothing", async (field, override) => {
    const before = await count();
    const vars = { email: "ok@example.org", password: "bezpieczne-haslo-7", name: "Poprawna Nazwa", type: "RESIDENT", ...override };
    const r = await gql(db.ds, SIGN_UP, vars);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toContain(field);
    expect(await count()).toBe(before);
  });

  it("refuses an unknown account type as bad input", async () => {
    const r = await gql(db.ds, SIGN_UP, { email: "x@example.org", password: "bezpieczne-haslo-7", name: "X Y", type: "ADMIN" });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
  });
});

describe("me", () => {
  it("is null for an anonymous visitor and the user when signed in", async () => {
    expect(ok(await gql(db.ds, `{ me { id } }`)).me).toBeNull();
    const u = await createUser(db.ds);
    expect(ok(await gql(db.ds, `{ me { id email role } }`, {}, u.id)).me).toMatchObject({ id: u.id, email: u.email, role: "RESIDENT" });
  });

  it("reflects a role change on the very next request", async () => {
    const u = await createUser(db.ds);
    await db.ds.getRepository(User).update(u.id, { role: "OFFICIAL" as never });
    expect(ok(await gql(db.ds, `{ me { role } }`, {}, u.id)).me.role).toBe("OFFICIAL");
  });
});
