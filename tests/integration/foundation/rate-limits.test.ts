import type Redis from "ioredis";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { allow, consume, reset, setRateLimitStore } from "../../../server/rate-limit";
import { shareRateLimitsThroughRedis } from "../../../server/rate-limit-redis";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql } from "../../helpers/graphql";
import { createUser, FACTORY_PASSWORD } from "../../factories";
import { verifyCredentials } from "../../../server/modules/users/users.service";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(async () => {
  setRateLimitStore((name, opts) => new RateLimiterMemory({ keyPrefix: name, ...opts }));
  await db.drop();
});

describe("upload rate limits", () => {
  it("let one account upload 60 files in ten minutes, then refuse it, but not another account", async () => {
    const results: boolean[] = [];
    for (let i = 0; i < 61; i++) results.push(await allow("upload", "uploader-1"));
    expect(results.slice(0, 60).every(Boolean)).toBe(true);
    expect(results[60]).toBe(false);
    expect(await allow("upload", "uploader-2")).toBe(true);
  });
});

describe("sign-in rate limits", () => {
  it("answers a wrong password and an unknown e-mail the same way", async () => {
    const u = await createUser(db.ds);
    await expect(verifyCredentials(db.ds, u.email, "wrong-password-1", "203.0.113.1")).resolves.toBeNull();
    await expect(verifyCredentials(db.ds, "nobody@example.org", FACTORY_PASSWORD, "203.0.113.1")).resolves.toBeNull();
    await expect(verifyCredentials(db.ds, u.email, FACTORY_PASSWORD, "203.0.113.1")).resolves.toMatchObject({ id: u.id });
  });

  it("slows repeated failures on one account down with RATE_LIMITED, even from many addresses", async () => {
    const u = await createUser(db.ds);
    for (let i = 0; i < 5; i++) await verifyCredentials(db.ds, u.email, "wrong-password-1", `198.51.100.${i}`);
    await expect(verifyCredentials(db.ds, u.email, FACTORY_PASSWORD, "198.51.100.99")).rejects.toMatchObject({
      extensions: { code: "RATE_LIMITED" },
    });
  });

  it("limits sign-ups per address and writes nothing when refusing", async () => {
    const q = `mutation($e: String!) { signUp(email: $e, password: "bezpieczne-haslo-7", name: "Ktoś Nowy", accountType: RESIDENT) { id } }`;
    const ip = "192.0.2.77";
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) codes.push(errorCode(await gql(db.ds, q, { e: `rl-${i}@example.org` }, null, ip)));
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(undefined));
    expect(codes[10]).toBe("RATE_LIMITED");
    const [{ n }] = await db.ds.query(`SELECT count(*)::int AS n FROM users WHERE email = 'rl-10@example.org'`);
    expect(n).toBe(0);
  });
});

// Redis runs on CI (127.0.0.1:6379); set REDIS_URL to run this elsewhere.
const redisUrl = process.env.REDIS_URL;
(redisUrl ? describe : describe.skip)("rate limits shared through Redis", () => {
  it("counts attempts of one key across two app nodes", async () => {
    const key = `test-${Date.now()}-${Math.random()}`;
    // Until a client is connected the limiter counts in memory (its insurance), so wait.
    const ready = (c: Redis) => (c.status === "ready" ? Promise.resolve() : new Promise((r) => c.once("ready", r)));
    const nodeA = shareRateLimitsThroughRedis(redisUrl!);
    await ready(nodeA);
    for (let i = 0; i < 5; i++) await consume("signInAccount", key);
    // A second node: a new client, same Redis — the budget is already spent.
    const nodeB = shareRateLimitsThroughRedis(redisUrl!);
    await ready(nodeB);
    await expect(consume("signInAccount", key)).rejects.toMatchObject({ extensions: { code: "RATE_LIMITED" } });
    await reset("signInAccount", key);
    await consume("signInAccount", key);
    nodeA.disconnect();
    nodeB.disconnect();
  });
});
