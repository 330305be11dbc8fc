import { randomUUID } from "node:crypto";
import { Role, User } from "../../../entities/users";
import { cityAccount, staffRoleFromClaims } from "../../../server/auth/city-sign-in";
import type { OidcConfig } from "../../../server/config";
import { parseConfig } from "../../../server/config";
import { CityAccountError, verifyCredentials } from "../../../server/modules/users/users.service";
import { exportAccount } from "../../../server/modules/users/account-export.service";
import { sessionUser } from "../../../server/auth/session";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { tokenFromMail } from "./account-helpers";
import { createUser, FACTORY_PASSWORD } from "../../factories";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const CFG: OidcConfig = {
  issuer: "https://login.torun.pl/realms/um",
  clientId: "pestor",
  clientSecret: "secret",
  scope: "openid email profile",
  rolesClaim: "groups",
  adminGroups: ["pestor-admins"],
  officialGroups: ["pestor-officials", "wydzial-gospodarki"],
  trustEmail: false,
};

const person = (groups: unknown, over: Record<string, unknown> = {}) => ({
  sub: `sub-${randomUUID()}`,
  email: `urzednik-${randomUUID().slice(0, 8)}@um.torun.pl`,
  email_verified: true,
  name: "Anna Urzędniczka",
  groups,
  ...over,
});

const stored = (id: string) =>
  db.ds.getRepository(User).createQueryBuilder("u").addSelect("u.oidcSubject").where("u.id = :id", { id }).getOneOrFail();

describe("staffRoleFromClaims", () => {
  it("gives ADMIN over OFFICIAL, reads a list or a separated string, and nothing for other groups", () => {
    expect(staffRoleFromClaims({ groups: ["wydzial-gospodarki", "pestor-admins"] }, CFG)).toBe(Role.ADMIN);
    expect(staffRoleFromClaims({ groups: "inne pestor-officials" }, CFG)).toBe(Role.OFFICIAL);
    expect(staffRoleFromClaims({ groups: ["pestor-officials-old"] }, CFG)).toBeNull();
    expect(staffRoleFromClaims({ groups: [{ name: "pestor-admins" }] }, CFG)).toBeNull();
    expect(staffRoleFromClaims({}, CFG)).toBeNull();
  });
});

describe("cityAccount", () => {
  it("creates a verified, approved official account at the first sign-in, and finds the same one by subject later", async () => {
    const claims = person(["wydzial-gospodarki"]);
    const first = await cityAccount(db.ds, claims, CFG);
    expect(first).toMatchObject({ ok: true, user: { email: claims.email, name: "Anna Urzędniczka", role: Role.OFFICIAL } });
    if (!first.ok) throw new Error("refused");
    const row = await stored(first.user.id);
    expect(row).toMatchObject({ oidcSubject: claims.sub, emailVerified: true, accountType: "OFFICIAL", approvalStatus: "APPROVED" });
    // The address changed at the city: still the same account, found by its subject.
    const again = await cityAccount(db.ds, { ...claims, email: `nowy-${claims.email}` }, CFG);
    expect(again).toMatchObject({ ok: true, user: { id: first.user.id } });
  });

  it("links an existing account by its verified e-mail and makes it staff when the groups say so", async () => {
    const existing = await createUser(db.ds, { role: Role.RESIDENT });
    const claims = person(["pestor-admins"], { email: existing.email.toUpperCase() });
    const result = await cityAccount(db.ds, claims, CFG);
    expect(result).toMatchObject({ ok: true, user: { id: existing.id, role: Role.ADMIN } });
    expect((await stored(existing.id)).oidcSubject).toBe(claims.sub);
  });

  it("takes the staff role away when the group is removed at the city, and ends the account's other sessions", async () => {
    const claims = person(["pestor-officials"]);
    const first = await cityAccount(db.ds, claims, CFG);
    if (!first.ok) throw new Error("refused");
    const before = first.user.sessionVersion;
    const second = await cityAccount(db.ds, { ...claims, groups: [] }, CFG);
    expect(second).toMatchObject({ ok: true, user: { id: first.user.id, role: Role.RESIDENT } });
    if (!second.ok) throw new Error("refused");
    expect(second.user.sessionVersion).toBe(before + 1);
    expect((await stored(first.user.id)).role).toBe(Role.RESIDENT);
    // And back: the city gives the role again.
    const third = await cityAccount(db.ds, { ...claims, groups: ["pestor-admins"] }, CFG);
    expect(third).toMatchObject({ ok: true, user: { role: Role.ADMIN } });
  });

  it("leaves a PES member's role as it is when the person has no staff group", async () => {
    const member = await createUser(db.ds, { role: Role.PES_MEMBER });
    const result = await cityAccount(db.ds, person([], { email: member.email }), CFG);
    expect(result).toMatchObject({ ok: true, user: { id: member.id, role: Role.PES_MEMBER } });
  });

  it("refuses an address the provider does not vouch for, unless OIDC_TRUST_EMAIL says the directory is the authority", async () => {
    const existing = await createUser(db.ds, { role: Role.OFFICIAL });
    const claims = person(["pestor-admins"], { email: existing.email, email_verified: false });
    expect(await cityAccount(db.ds, claims, CFG)).toEqual({ ok: false, reason: "EMAIL_UNVERIFIED" });
    const { email_verified: _dropped, ...withoutClaim } = claims;
    expect(await cityAccount(db.ds, withoutClaim, CFG)).toEqual({ ok: false, reason: "EMAIL_UNVERIFIED" });
    // Nothing changed meanwhile.
    expect(await stored(existing.id)).toMatchObject({ role: Role.OFFICIAL, oidcSubject: null });
    expect(await cityAccount(db.ds, withoutClaim, { ...CFG, trustEmail: true })).toMatchObject({ ok: true, user: { id: existing.id, role: Role.ADMIN } });
  });

  it("refuses to link an account that already belongs to another city identity", async () => {
    const claims = person(["pestor-officials"]);
    const first = await cityAccount(db.ds, claims, CFG);
    if (!first.ok) throw new Error("refused");
    const other = await cityAccount(db.ds, { ...person(["pestor-admins"]), email: claims.email }, CFG);
    expect(other).toEqual({ ok: false, reason: "SUBJECT_CONFLICT" });
    expect((await stored(first.user.id)).role).toBe(Role.OFFICIAL);
  });

  it("refuses claims without a subject or a usable address, and creates nothing", async () => {
    const count = await db.ds.getRepository(User).count();
    for (const bad of [person([], { sub: undefined }), person([], { email: "nie-adres" }), person([], { email: 42 }), person([], { email: `${"a".repeat(250)}@um.torun.pl` })]) {
      expect(await cityAccount(db.ds, bad, CFG)).toEqual({ ok: false, reason: "INVALID_PROFILE" });
    }
    expect(await db.ds.getRepository(User).count()).toBe(count);
  });

  it("creates one account when the same person signs in twice at once", async () => {
    const claims = person(["pestor-officials"]);
    const results = await Promise.allSettled([cityAccount(db.ds, claims, CFG), cityAccount(db.ds, claims, CFG)]);
    const ids = new Set(results.flatMap((r) => (r.status === "fulfilled" && r.value.ok ? [r.value.user.id] : [])));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(ids.size).toBe(1);
    expect(await db.ds.getRepository(User).countBy({ email: claims.email })).toBe(1);
  });
});

describe("password sign-in of a city account", () => {
  it("is closed once the account is linked, and says so only after the right password", async () => {
    const u = await createUser(db.ds, { role: Role.OFFICIAL });
    expect(await verifyCredentials(db.ds, u.email, FACTORY_PASSWORD, "10.77.0.1")).toMatchObject({ id: u.id });
    await cityAccount(db.ds, person(["pestor-officials"], { email: u.email }), CFG);
    expect(await verifyCredentials(db.ds, u.email, "zle-haslo-123", "10.77.0.2")).toBeNull();
    await expect(verifyCredentials(db.ds, u.email, FACTORY_PASSWORD, "10.77.0.3")).rejects.toBeInstanceOf(CityAccountError);
  });
});

describe("a city account's session", () => {
  it("lasts OIDC_SESSION_HOURS (12) from the sign-in, so the city's groups are read again at least that often; other accounts keep theirs", async () => {
    const now = Math.floor(Date.now() / 1000);
    const city = await cityAccount(db.ds, person(["pestor-officials"]), CFG);
    if (!city.ok) throw new Error("refused");
    const claims = (hoursAgo: number | null) => ({ sub: city.user.id, sv: city.user.sessionVersion, ...(hoursAgo === null ? {} : { at: now - hoursAgo * 3600 }) });
    expect(await sessionUser(db.ds, claims(1))).toMatchObject({ id: city.user.id, role: Role.OFFICIAL });
    expect(await sessionUser(db.ds, claims(13))).toBeNull();
    // A cookie from before the rule carries no sign-in time: signed out.
    expect(await sessionUser(db.ds, claims(null))).toBeNull();
    const plain = await createUser(db.ds, { role: Role.OFFICIAL });
    expect(await sessionUser(db.ds, { sub: plain.id, sv: 0, at: now - 13 * 3600 })).toMatchObject({ id: plain.id });
    expect(await sessionUser(db.ds, { sub: plain.id, sv: 0 })).toMatchObject({ id: plain.id });
  });
});

describe("the city identity and RODO", () => {
  it("is in the account's export, and deleting the account forgets it, so a later city sign-in makes a new account", async () => {
    const u = await createUser(db.ds, { role: Role.OFFICIAL });
    const claims = person(["pestor-officials"], { email: u.email });
    await cityAccount(db.ds, claims, CFG);
    expect((await exportAccount(db.ds, u.id))?.profile).toMatchObject({ cityAccountSubject: claims.sub });
    expect(ok(await gql(db.ds, `mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: FACTORY_PASSWORD }, u.id)).deleteMyAccount).toBe(true);
    expect((await stored(u.id)).oidcSubject).toBeNull();
    const again = await cityAccount(db.ds, claims, CFG);
    expect(again.ok && again.user.id).not.toBe(u.id);
  });
});

describe("an account made by the city sign-in", () => {
  const HAS_PASSWORD = `{ me { hasPassword } }`;
  const DELETE = `mutation($p: String!) { deleteMyAccount(password: $p) }`;

  it("has no password until it sets one by the e-mailed link; then it can delete itself with it", async () => {
    const city = await cityAccount(db.ds, person(["pestor-officials"]), CFG);
    if (!city.ok) throw new Error("refused");
    const id = city.user.id;
    expect(ok(await gql(db.ds, HAS_PASSWORD, {}, id)).me.hasPassword).toBe(false);
    // The stored "!city-…" marker is not a password, whatever is typed.
    expect(errorCode(await gql(db.ds, DELETE, { p: "" }, id))).toBe("BAD_USER_INPUT");
    ok(await gql(db.ds, `mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: city.user.email }));
    const token = await tokenFromMail(db.ds, city.user.email, "users.reset-password");
    const password = "miejskie-konto-haslo-71";
    ok(await gql(db.ds, `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`, { t: token, p: password }));
    expect(ok(await gql(db.ds, HAS_PASSWORD, {}, id)).me.hasPassword).toBe(true);
    expect(ok(await gql(db.ds, DELETE, { p: password }, id)).deleteMyAccount).toBe(true);
  });

  it("is told apart only to its owner: another person's hasPassword is null, an own password account's is true", async () => {
    const admin = await createUser(db.ds, { role: Role.ADMIN });
    const city = await cityAccount(db.ds, person(["pestor-officials"]), CFG);
    if (!city.ok) throw new Error("refused");
    const page = ok(
      await gql(db.ds, `query($s: String!) { users(search: $s) { items { id hasPassword } } }`, { s: city.user.email }, admin.id),
    ).users.items;
    expect(page).toEqual([{ id: city.user.id, hasPassword: null }]);
    expect(ok(await gql(db.ds, HAS_PASSWORD, {}, admin.id)).me.hasPassword).toBe(true);
  });
});

describe("OIDC configuration", () => {
  it("is off without OIDC_ISSUER, refuses an issuer without client credentials, and reads the group lists", () => {
    expect(parseConfig({ NODE_ENV: "test" }).oidc).toBeNull();
    expect(() => parseConfig({ NODE_ENV: "test", OIDC_ISSUER: "https://login.torun.pl" })).toThrow(/OIDC_CLIENT_ID/);
    const cfg = parseConfig({
      NODE_ENV: "test",
      OIDC_ISSUER: "https://login.torun.pl/realms/um/",
      OIDC_CLIENT_ID: "pestor",
      OIDC_CLIENT_SECRET: "s",
      OIDC_ADMIN_GROUPS: " pestor-admins , ",
      OIDC_OFFICIAL_GROUPS: "a,b",
    }).oidc;
    expect(cfg).toMatchObject({ issuer: "https://login.torun.pl/realms/um", adminGroups: ["pestor-admins"], officialGroups: ["a", "b"], rolesClaim: "groups", trustEmail: false });
  });
});
