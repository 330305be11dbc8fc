import { encode, getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { server } from "../../lib/server";

export const dynamic = "force-dynamic";

function clientIp(req: NextRequest): string {
  return req.headers.get("x-forwarded-for")?.split(",")[0].trim() || req.headers.get("x-real-ip") || "local";
}

const MAX_BODY = 1_500_000;

async function handle(req: NextRequest): Promise<Response> {
  const options = server().authOptions();
  const secureCookie = options.useSecureCookies ?? false;
  const token = await getToken({ req, secret: options.secret, secureCookie });
  let body: unknown = undefined;
  if (req.method === "POST") {
    const text = await req.text();
    if (text.length > MAX_BODY) return errorResponse(413, "Request too large");
    const type = req.headers.get("content-type") ?? "";
    if (type.includes("application/json")) {
      try {
        body = JSON.parse(text);
      } catch {
        return errorResponse(400, "Body is not valid JSON");
      }
    } else {
      body = text; // Apollo's CSRF prevention refuses it with a clear message
    }
  }
  const res = await server().handleGraphQL({
    method: req.method,
    headers: req.headers,
    search: req.nextUrl.search,
    body,
    session: token ? { sub: token.sub, sv: token.sv } : null,
    ip: clientIp(req),
  });
  if (token && res.keepSession) {
    // A password change ended every session of the account; this one (the person who made
    // the change) gets a cookie of the new version, exactly as next-auth would write it.
    const maxAge = options.session?.maxAge ?? 30 * 24 * 60 * 60;
    const value = await encode({ token: { ...token, sv: res.keepSession.sessionVersion }, secret: options.secret!, maxAge });
    const name = `${secureCookie ? "__Secure-" : ""}next-auth.session-token`;
    res.headers.append(
      "set-cookie",
      `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secureCookie ? "; Secure" : ""}`,
    );
  }
  return new Response(res.body, { status: res.status, headers: res.headers });
}

function errorResponse(status: number, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code: "BAD_USER_INPUT", fields: {} } }] }, { status });
}

export { handle as GET, handle as POST };
