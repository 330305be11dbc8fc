import { randomBytes } from "node:crypto";
import { User } from "../../../entities/users";
import { createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const SIGN_UP = `mutation($e: String!, $t: Boolean) {
  signUp(email: $e, password: "Zupełnie-nowe-hasło-77", name: "Nowa Osoba", accountType: RESIDENT, acceptTerms: $t) { id }
}`;
const STATUS = `{ termsStatus { currentVersion acceptedVersion acceptedAt mustAccept } }`;
const ACCEPT = `mutation($v: String!) { acceptTerms(version: $v) { acceptedVersion mustAccept } }`;
const email = () => `terms-${randomBytes(4).toString("hex")}@example.test`;

describe("terms of use", () => {
  it("records the accepted version and time when the sign-up form's box is ticked", async () => {
    const before = Date.now();
    const id = ok(await gql(db.ds, SIGN_UP, { e: email(), t: true })).signUp.id;
    const s = ok(await gql(db.ds, STATUS, {}, id)).termsStatus;
    expect(s.currentVersion).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(s.acceptedVersion).toBe(s.currentVersion);
    expect(new Date(s.acceptedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(s.mustAccept).toBe(false);
  });

  it("refuses a sign-up whose box is left unticked, and creates nothing", async () => {
    const e = email();
    const r = await gql(db.ds, SIGN_UP, { e, t: false });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toEqual(["acceptTerms"]);
    expect(await db.ds.getRepository(User).countBy({ email: e })).toBe(0);
  });

  it("asks an API sign-up without the argument to accept on the first visit", async () => {
    const id = ok(await gql(db.ds, SIGN_UP, { e: email() })).signUp.id;
    const s = ok(await gql(db.ds, STATUS, {}, id)).termsStatus;
    expect(s).toMatchObject({ acceptedVersion: null, mustAccept: true });
    expect(ok(await gql(db.ds, ACCEPT, { v: s.currentVersion }, id)).acceptTerms).toEqual({ acceptedVersion: s.currentVersion, mustAccept: false });
  });

  it("asks everyone again once an admin publishes a new version, and refuses accepting an outdated one", async () => {
    const admin = await createUser(db.ds, { role: "ADMIN" as never });
    const person = await createUser(db.ds);
    const first = ok(await gql(db.ds, STATUS, {}, person.id)).termsStatus.currentVersion;
    ok(await gql(db.ds, ACCEPT, { v: first }, person.id));
    ok(await gql(db.ds, `mutation { updateProgrammePage(key: "terms", input: { title: "Regulamin", body: "Nowa wersja regulaminu." }) { key } }`, {}, admin.id));
    ok(await gql(db.ds, `mutation { publishProgrammePage(key: "terms") { key } }`, {}, admin.id));
    const s = ok(await gql(db.ds, STATUS, {}, person.id)).termsStatus;
    expect(s.currentVersion).not.toBe(first);
    expect(s.mustAccept).toBe(true);
    const old = await gql(db.ds, ACCEPT, { v: first }, person.id);
    expect(errorCode(old)).toBe("BAD_USER_INPUT");
    expect(Object.keys(old.errors![0].extensions!.fields!)).toEqual(["version"]);
    expect(ok(await gql(db.ds, ACCEPT, { v: s.currentVersion }, person.id)).acceptTerms.mustAccept).toBe(false);
  });

  it("asks nothing of anonymous visitors", async () => {
    expect(ok(await gql(db.ds, STATUS)).termsStatus.mustAccept).toBe(false);
  });
});
