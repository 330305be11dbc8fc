import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "../../../server/auth/options";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";
import { createUser, FACTORY_PASSWORD } from "../../factories";

let db: TestDb;
jest.mock("../../../server/db", () => ({
  ...jest.requireActual("../../../server/db"),
  getDataSource: () => Promise.resolve((globalThis as { __accountsTestDs?: unknown }).__accountsTestDs),
}));
beforeAll(async () => {
  db = await createTestDb();
  (globalThis as { __accountsTestDs?: unknown }).__accountsTestDs = db.ds;
});
afterAll(() => db.drop());

const callbacks = () => authOptions().callbacks!;
const pageSession = (token: JWT) =>
  callbacks().session!({ session: { expires: "2099-01-01T00:00:00Z" } as Session, token } as never) as Promise<Session>;

describe("the next-auth session (pages)", () => {
  it("is signed out once the account's sessions were ended, and an old cookie cannot refresh itself", async () => {
    const u = await createUser(db.ds);
    const token = (await callbacks().jwt!({ token: {}, user: { id: u.id, sessionVersion: 0 } } as never)) as JWT;
    expect(token).toMatchObject({ sub: u.id, sv: 0 });
    expect((await pageSession(token)).user).toMatchObject({ id: u.id, emailVerified: true });

    ok(await gql(db.ds, `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "calkiem-nowe-haslo-31") }`, { c: FACTORY_PASSWORD }, u.id));
    expect((await pageSession(token)).user).toBeUndefined();
    // next-auth's update() runs the jwt callback without a user: the version stays old.
    const updated = (await callbacks().jwt!({ token, trigger: "update", session: { sv: 99 } } as never)) as JWT;
    expect(updated.sv).toBe(0);
    expect((await pageSession(updated)).user).toBeUndefined();
  });
});
