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
export function proxy(req: NextRequest) {
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
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
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
