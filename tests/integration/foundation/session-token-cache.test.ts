import { decode, encode } from "next-auth/jwt";
import { decodeCached } from "../../../server/auth/session-token-cache";

/** The GraphQL route's memory of decrypted session cookies answers exactly as next-auth does. */
const secret = "session-token-cache-secret-0123456789abcdef";

afterEach(() => jest.useRealTimers());

describe("decodeCached", () => {
  it("gives the claims next-auth gives, again from memory", async () => {
    const token = await encode({ token: { sub: "u1", sv: 3 }, secret, maxAge: 600 });
    const first = await decodeCached({ token, secret });
    expect(first).toEqual(await decode({ token, secret }));
    expect(first).toMatchObject({ sub: "u1", sv: 3 });
    expect(await decodeCached({ token, secret })).toEqual(first);
  });

  it("refuses a remembered cookie once it has expired", async () => {
    const token = await encode({ token: { sub: "u2" }, secret, maxAge: 60 });
    expect(await decodeCached({ token, secret })).toMatchObject({ sub: "u2" });
    // The clock (Date, for next-auth too) ten minutes on.
    jest.useFakeTimers({ now: Date.now() + 10 * 60_000, doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    // next-auth's own refusal (getToken turns it into "no session").
    await expect(decodeCached({ token, secret })).rejects.toThrow(/exp/);
  });

  it("does not take a cookie made with another secret, nor garbage", async () => {
    const token = await encode({ token: { sub: "u3" }, secret, maxAge: 600 });
    expect(await decodeCached({ token, secret })).toMatchObject({ sub: "u3" });
    await expect(decodeCached({ token, secret: `${secret}-other` })).rejects.toThrow();
    await expect(decodeCached({ token: "not-a-jwe", secret })).rejects.toThrow();
    expect(await decodeCached({ token: undefined, secret })).toBeNull();
  });
});
