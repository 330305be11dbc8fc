import type Redis from "ioredis";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { allow, backoffWait, forgetFailures, RateLimitedError, recordFailure, setRateLimitStore } from "../../../server/rate-limit";
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

describe("sign-in limits", () => {
  const WRONG = "wrong-password-1";

  it("answers a wrong password and an unknown e-mail the same way", async () => {
    const u = await createUser(db.ds);
    await expect(verifyCredentials(db.ds, u.email, WRONG, "203.0.113.1")).resolves.toBeNull();
    await expect(verifyCredentials(db.ds, "nobody@example.org", FACTORY_PASSWORD, "203.0.113.1")).resolves.toBeNull();
    await expect(verifyCredentials(db.ds, u.email, FACTORY_PASSWORD, "203.0.113.1")).resolves.toMatchObject({ id: u.id });
  });

  it("never counts successful sign-ins: a shared office signs in thirty times in a row", async () => {
    const staff = await Promise.all(Array.from({ length: 3 }, () => createUser(db.ds)));
    for (let i = 0; i < 30; i++) {
      const u = staff[i % 3];
      await expect(verifyCredentials(db.ds, u.email, FACTORY_PASSWORD, "203.0.113.10")).resolves.toMatchObject({ id: u.id });
    }
  });

  it("slows one account down after five failures, from any address, and says how long to wait", async () => {
    const u = await createUser(db.ds);
    for (let i = 0; i < 5; i++) await expect(verifyCredentials(db.ds, u.email, WRONG, `198.51.100.${i}`)).resolves.toBeNull();
    // The sixth failure already says when to try again.
    const sixth = await verifyCredentials(db.ds, u.email, WRONG, "198.51.100.50").catch((e) => e);
    expect(sixth).toBeInstanceOf(RateLimitedError);
    expect(sixth.retryAfter).toBe(2);
    expect(sixth.extensions).toMatchObject({ code: "RATE_LIMITED", retryAfter: 2 });
    // While waiting even the right password is not looked at.
    const waiting = await verifyCredentials(db.ds, u.email, FACTORY_PASSWORD, "198.51.100.99").catch((e) => e);
    expect(waiting).toBeInstanceOf(RateLimitedError);
    expect(waiting.retryAfter).toBeGreaterThan(0);
    expect(waiting.retryAfter).toBeLessThanOrEqual(2);
    // A slow-down, not a lock-out: once the wait is over the owner gets in, and the count starts again.
    await new Promise((r) => setTimeout(r, 2100));
    await expect(verifyCredentials(db.ds, u.email, FACTORY_PASSWORD, "198.51.100.99")).resolves.toMatchObject({ id: u.id });
    await expect(verifyCredentials(db.ds, u.email, WRONG, "198.51.100.99")).resolves.toBeNull();
  });

  it("makes each further failure wait longer, up to fifteen minutes", async () => {
    const key = `backoff-${Math.random()}@example.org`;
    const waits: number[] = [];
    for (let i = 0; i < 16; i++) waits.push(await recordFailure("signInAccount", key));
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits.slice(5, 10)).toEqual([2, 4, 8, 16, 32]);
    expect(waits[15]).toBe(900);
    expect(await backoffWait("signInAccount", key)).toBeGreaterThan(800);
  });

  it("does not let one account's failures slow down another account or another address", async () => {
    const victim = await createUser(db.ds);
    const colleague = await createUser(db.ds);
    for (let i = 0; i < 8; i++) await verifyCredentials(db.ds, victim.email, WRONG, "203.0.113.20").catch(() => null);
    await expect(verifyCredentials(db.ds, colleague.email, FACTORY_PASSWORD, "203.0.113.20")).resolves.toMatchObject({ id: colleague.id });
    await expect(verifyCredentials(db.ds, colleague.email, FACTORY_PASSWORD, "203.0.113.21")).resolves.toMatchObject({ id: colleague.id });
  });

  it("slows one address down only after many failures across accounts, and not other addresses", async () => {
    const someone = await createUser(db.ds);
    const results: unknown[] = [];
    for (let i = 0; i < 51; i++) results.push(await verifyCredentials(db.ds, `guess-${i}@example.org`, WRONG, "203.0.113.30").catch((e) => e));
    expect(results.slice(0, 50).every((r) => r === null)).toBe(true);
    expect(results[50]).toBeInstanceOf(RateLimitedError);
    await expect(verifyCredentials(db.ds, someone.email, FACTORY_PASSWORD, "203.0.113.30")).rejects.toBeInstanceOf(RateLimitedError);
    await expect(verifyCredentials(db.ds, someone.email, FACTORY_PASSWORD, "203.0.113.31")).resolves.toMatchObject({ id: someone.id });
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
  it("counts the sign-in failures of one account across two app nodes", async () => {
    const key = `test-${Date.now()}-${Math.random()}`;
    // Until a client is connected the limiter counts in memory (its insurance), so wait.
    const ready = (c: Redis) => (c.status === "ready" ? Promise.resolve() : new Promise((r) => c.once("ready", r)));
    const nodeA = shareRateLimitsThroughRedis(redisUrl!);
    await ready(nodeA);
    for (let i = 0; i < 5; i++) expect(await recordFailure("signInAccount", key)).toBe(0);
    // A second node: a new client, same Redis — it knows of the five failures and the wait.
    const nodeB = shareRateLimitsThroughRedis(redisUrl!);
    await ready(nodeB);
    expect(await recordFailure("signInAccount", key)).toBe(2);
    expect(await backoffWait("signInAccount", key)).toBeGreaterThan(0);
    await forgetFailures("signInAccount", key);
    expect(await backoffWait("signInAccount", key)).toBe(0);
    nodeA.disconnect();
    nodeB.disconnect();
  });
});
