import { NextResponse, type NextRequest } from "next/server";

/**
 * Security headers for every page. Decided per request (not at build time): HSTS is sent
 * exactly when the request came over TLS, development keeps the 'unsafe-eval' that React's
 * dev tooling needs — production never does —, and scripts run only with this request's
 * nonce. Next.js reads the nonce from the request's Content-Security-Policy header and puts
 * it on every script it renders; 'strict-dynamic' lets those scripts load the page's
 * chunks (the map, the charts), while an injected inline script has no nonce and never
 * runs. Every page is rendered per request (the layout reads the locale cookie), so no
 * page is served from a build-time render without a nonce.
 */
/** The request header by which the proxy hands the sign-in page its CSRF token (never taken from the client). */
const CSRF_HEADER = "x-pestor-signin-csrf";

function hex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function sha256(text: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

/**
 * The sign-in form must work without JavaScript too, and next-auth refuses a POST without
 * the CSRF token of its double-submit cookie — which, before this, only its client script
 * fetched. So for /signin the proxy makes (or reuses) that cookie exactly as next-auth
 * does (`token|sha256(token + secret)`, server/auth/options.ts's secret) and hands the token
 * to the page, which puts it in a hidden field. Without a known secret (development before
 * the server code has set its own) it does nothing, and the script path works as before.
 */
async function signInCsrf(req: NextRequest): Promise<{ token: string; cookie?: { name: string; value: string; secure: boolean } } | null> {
  const secret = process.env.NEXTAUTH_SECRET ?? (globalThis as { __pestorDevSecret?: string }).__pestorDevSecret;
  if (!secret) return null;
  const secure = (process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? "").startsWith("https://");
  const name = `${secure ? "__Host-" : ""}next-auth.csrf-token`;
  const [token, hash] = (req.cookies.get(name)?.value ?? "").split("|");
  if (token && hash && hash === (await sha256(`${token}${secret}`))) return { token };
  const fresh = hex(crypto.getRandomValues(new Uint8Array(32)));
  return { token: fresh, cookie: { name, value: `${fresh}|${await sha256(`${fresh}${secret}`)}`, secure } };
}

function oidcOrigin(): string {
  try {
    return process.env.OIDC_ISSUER ? ` ${new URL(process.env.OIDC_ISSUER).origin}` : "";
  } catch {
    return "";
  }
}

export async function proxy(req: NextRequest) {
  const production = process.env.NODE_ENV === "production";
  const nonce = btoa(crypto.randomUUID());
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    // Style attributes (Leaflet, Recharts, React) cannot carry a nonce; styles run no code.
    "style-src 'self' 'unsafe-inline'",
    // Map tiles come from OpenStreetMap; photos and logos from our own storage.
    "img-src 'self' data: blob: https://*.tile.openstreetmap.org",
    "font-src 'self'",
    `connect-src 'self'${production ? "" : " ws: wss:"}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    // The city's single sign-on button is a form whose answer redirects to the provider.
    `form-action 'self'${oidcOrigin()}`,
    "object-src 'none'",
  ].join("; ");
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.delete(CSRF_HEADER);
  const csrf = req.nextUrl.pathname === "/signin" ? await signInCsrf(req) : null;
  if (csrf) requestHeaders.set(CSRF_HEADER, csrf.token);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  if (csrf?.cookie) {
    res.cookies.set(csrf.cookie.name, csrf.cookie.value, { httpOnly: true, sameSite: "lax", path: "/", secure: csrf.cookie.secure });
  }
  res.headers.set("Content-Security-Policy", csp);
  const proto = req.headers.get("x-forwarded-proto") ?? req.nextUrl.protocol.replace(":", "");
  if (proto === "https") {
    res.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return res;
}

export const config = {
  // Pages only: static assets need no CSP, and the JSON API (whose responses are never
  // rendered as documents) should not pay for a middleware hop on every request.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/graphql|api/health).*)"],
};
