import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
// Plain code without imports, shared with next-auth's redirect callback.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { safeCallbackUrl } from "../../server/auth/safe-callback-url";

/**
 * The outcome of a form posted without JavaScript, carried across the redirect back to its
 * page (post, redirect, get: a reload does not post again) in a short-lived cookie, and shown
 * there by the form it is `about` through `ActionStatus`, as the script would have shown it.
 * A message key and its values, never a text: the page translates only keys it knows.
 */
export interface FormResult {
  about: string;
  kind: "success" | "error";
  key: string;
  values?: Record<string, string | number>;
}

const COOKIE = "pestor-form-result";
/** Long enough for the redirect, short enough never to greet a later visit. */
const MAX_AGE_SECONDS = 20;

/** The path of the page the form was posted from (its Referer), or "/": never another host. */
export async function formPagePath(): Promise<string> {
  const referer = (await headers()).get("referer");
  if (!referer) return "/";
  try {
    const u = new URL(referer);
    // The path alone, checked as a relative address (`safeCallbackUrl` refuses "//host"):
    // behind a proxy the Host we see need not be the origin the browser saw.
    return safeCallbackUrl(`${u.pathname}${u.search}`, "http://app.invalid");
  } catch {
    return "/";
  }
}

/** In a server action: keeps `result` for the page the form came from, and goes back there. */
export async function backWithResult(result: FormResult): Promise<never> {
  const path = await formPagePath();
  (await cookies()).set(COOKIE, JSON.stringify(result), { path: "/", maxAge: MAX_AGE_SECONDS, httpOnly: true, sameSite: "lax" });
  redirect(path);
}

/** In a server component: the result kept for the form `about`, when it is one of `keys`; else null. */
export async function formResult<K extends string>(about: string, keys: readonly K[]): Promise<(FormResult & { key: K }) | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as Partial<FormResult>;
    if (r.about !== about || !keys.includes(r.key as K) || (r.kind !== "success" && r.kind !== "error")) return null;
    const values = Object.fromEntries(
      Object.entries(r.values ?? {}).filter((e): e is [string, string | number] => typeof e[1] === "string" || typeof e[1] === "number"),
    );
    return { about, kind: r.kind, key: r.key as K, values };
  } catch {
    return null;
  }
}
