import { NextResponse, type NextRequest } from "next/server";

/**
 * Security headers for every page and API response. Decided per request (not at build
 * time) so that HSTS is sent exactly when the request came over TLS, and development
 * keeps the 'unsafe-eval' that React's dev tooling needs — production never does.
 */
export function proxy(req: NextRequest) {
  const production = process.env.NODE_ENV === "production";
  const res = NextResponse.next();
  const csp = [
    "default-src 'self'",
    // Next.js inlines its bootstrap scripts; no eval in production.
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
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
