/**
 * Sign-in and sign-out from the browser through next-auth's own REST endpoints, the requests
 * `next-auth/react` makes (CSRF token, then a form post with `json=true`). next-auth v4
 * has no smaller client, and `next-auth/react` (its SessionProvider, broadcast channel and
 * Babel runtime, ~10 kB gzip) was most of what the sign-in pages shipped; the app uses no
 * SessionProvider, so only these two calls are needed.
 */

async function post(path: string, fields: Record<string, string>): Promise<{ ok: boolean; url?: string }> {
  const csrf = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await fetch(`/api/auth/${path}`, {
    method: "post",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: csrf.csrfToken, json: "true" }),
  });
  const data = (await res.json()) as { url?: string };
  return { ok: res.ok, url: data.url };
}

export interface SignInResult {
  ok: boolean;
  /** next-auth's error code (`CredentialsSignin`, `RATE_LIMITED:<seconds>`, …), null on success. */
  error: string | null;
}

/**
 * `signIn("credentials", { email, password })` checks the password and sets the session
 * cookie without leaving the page; `signIn("city", { callbackUrl })` goes to the city's
 * OpenID provider.
 */
export async function signIn(provider: "credentials", fields: { email: string; password: string }): Promise<SignInResult>;
export async function signIn(provider: "city", options: { callbackUrl: string }): Promise<void>;
export async function signIn(provider: "credentials" | "city", fields: Record<string, string>): Promise<SignInResult | void> {
  if (provider === "city") {
    const { url } = await post("signin/city", fields);
    window.location.href = url ?? fields.callbackUrl;
    return;
  }
  const { ok, url } = await post("callback/credentials", { ...fields, callbackUrl: window.location.href });
  return { ok, error: url ? new URL(url, window.location.href).searchParams.get("error") : "CredentialsSignin" };
}

/** Ends the session (next-auth clears the cookie) and goes to `callbackUrl`. */
export async function signOut({ callbackUrl }: { callbackUrl: string }): Promise<void> {
  const { url } = await post("signout", { callbackUrl });
  window.location.href = url ?? callbackUrl;
}
