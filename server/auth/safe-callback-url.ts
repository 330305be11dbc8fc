/*
 * Where to send a person after signing in. Plain code without imports, so that the
 * sign-in page (a client of the server bridge) and next-auth's redirect callback share it.
 */

/**
 * The same-origin part (path, query, fragment) of `raw`, read the way a browser reads it
 * (WHATWG URL: tabs and newlines dropped, `\` taken as `/`, `//host` and `scheme:`
 * honoured) against `origin`; "/" for anything that would leave the site or cannot be
 * parsed.
 */
export function safeCallbackUrl(raw: unknown, origin: string): string {
  if (typeof raw !== "string" || raw === "") return "/";
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin || url.origin === "null") return "/";
  // A path like "/.//evil.example" resolves to "//evil.example" on our origin; handed on
  // as a relative address it would name another host. The same after a careless decoding
  // further down the line ("/%2F%2Fevil.example").
  if (namesAHost(url.pathname)) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

function namesAHost(path: string): boolean {
  let p = path;
  for (let i = 0; i < 3; i++) {
    if (/^[/\\][\t\n\r ]*[/\\]/.test(p.replace(/[\t\n\r]/g, ""))) return true;
    let next: string;
    try {
      next = decodeURIComponent(p);
    } catch {
      return false;
    }
    if (next === p) return false;
    p = next;
  }
  return true;
}
