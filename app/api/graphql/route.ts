import { encode, getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { server } from "../../lib/server";
import { decodeCached } from "./session-token-cache";

export const dynamic = "force-dynamic";

const MAX_BODY = 1_500_000;

/** The body as text, or null once it is longer than `max` bytes (stops reading there). */
async function readCapped(req: NextRequest, max: number): Promise<string | null> {
  // A declared length over the limit is refused before a byte is read.
  if (Number(req.headers.get("content-length") ?? 0) > max) return null;
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function handle(req: NextRequest): Promise<Response> {
  const options = server().authOptions();
  const secureCookie = options.useSecureCookies ?? false;
  const token = await getToken({ req, secret: options.secret, secureCookie, decode: decodeCached });
  let body: unknown = undefined;
  if (req.method === "POST") {
    const text = await readCapped(req, MAX_BODY);
    if (text === null) return errorResponse(413, "Request too large");
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
    session: token ? { sub: token.sub, sv: token.sv, at: token.at } : null,
    ip: server().clientAddress(req.headers),
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
