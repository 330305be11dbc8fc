import { signIn } from "../../../app/lib/auth-client";

/** next-auth's answers to the two requests of a credentials sign-in. */
function answer(url: string) {
  const fetchMock = jest.fn(async (input: RequestInfo | URL) =>
    String(input) === "/api/auth/csrf"
      ? { ok: true, json: async () => ({ csrfToken: "token-1" }) }
      : { ok: true, json: async () => ({ url }) },
  );
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

describe("sign-in through next-auth's endpoints", () => {
  it("posts the address, password and CSRF token as next-auth's own client does", async () => {
    const fetchMock = answer("http://localhost/");
    await signIn("credentials", { email: "anna@example.org", password: "dobre-haslo-1" });
    expect(fetchMock.mock.calls[0][0]).toBe("/api/auth/csrf");
    const [url, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(url).toBe("/api/auth/callback/credentials");
    expect(init.method).toBe("post");
    const body = new URLSearchParams(String(init.body));
    expect(Object.fromEntries(body)).toMatchObject({ email: "anna@example.org", password: "dobre-haslo-1", csrfToken: "token-1", json: "true" });
  });

  it("gives no error when next-auth answers with the page to go to", async () => {
    answer("http://localhost/account");
    expect(await signIn("credentials", { email: "anna@example.org", password: "dobre-haslo-1" })).toEqual({ ok: true, error: null });
  });

  it("gives next-auth's error code from the address it answers with", async () => {
    answer("http://localhost/api/auth/error?error=RATE_LIMITED%3A37");
    expect((await signIn("credentials", { email: "anna@example.org", password: "zle-haslo-1" })).error).toBe("RATE_LIMITED:37");
  });
});
