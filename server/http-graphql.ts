import { randomUUID } from "node:crypto";
import { encode, getToken } from "next-auth/jwt";
import type { DataSource } from "typeorm";
import { handleGraphQL } from "./apollo";
import { authOptions } from "./auth/options";
import { decodeCached } from "./auth/session-token-cache";
import { clientAddress } from "./client-address";
import { config } from "./config";
import { keptAnswer, watchAndKeep } from "./response-cache";

/** The largest body /api/graphql reads (a news text with its embedded markup fits). */
export const MAX_GRAPHQL_BODY = 1_500_000;

/** One HTTP request to /api/graphql as both doors see it (Next's route handler, the production server's fast path). */
export interface GraphQLHttpInput {
  method: string;
  headers: Headers;
  search: string;
  /** The body as text, or null once it is longer than `max` bytes (stops reading there). */
  readBody(max: number): Promise<string | null>;
}

export interface GraphQLHttpOutput {
  status: number;
  headers: Headers;
  body: string;
}

/** The request's cookies by name, as next-auth's session store reads them. */
function cookiesOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (!(name in out)) out[name] = part.slice(eq + 1).trim();
  }
  return out;
}

function refusal(status: number, message: string): GraphQLHttpOutput {
  return {
    status,
    headers: new Headers({ "content-type": "application/json" }),
    body: JSON.stringify({ errors: [{ message, extensions: { code: "BAD_USER_INPUT", fields: {} } }] }),
  };
}

/**
 * /api/graphql, framework-neutral: the session cookie's claims, the body (capped), Apollo,
 * and a renewed cookie when a password change kept this session. Both doors call this, so
 * they answer alike to the byte.
 */
export async function serveGraphQLHttp(db: DataSource, input: GraphQLHttpInput): Promise<GraphQLHttpOutput> {
  const options = authOptions();
  const secureCookie = options.useSecureCookies ?? false;
  const token = await getToken({
    req: { headers: input.headers, cookies: cookiesOf(input.headers) } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: options.secret,
    secureCookie,
    decode: decodeCached,
  });
  let body: unknown = undefined;
  let text = "";
  if (input.method === "POST") {
    // A declared length over the limit is refused before a byte is read.
    const declared = Number(input.headers.get("content-length") ?? 0);
    const read = declared > MAX_GRAPHQL_BODY ? null : await input.readBody(MAX_GRAPHQL_BODY);
    if (read === null) return refusal(413, "Request too large");
    text = read;
  }
  // Nobody signed in: the same request may have a kept answer (server/response-cache.ts).
  // The headers that decide how Apollo answers (CSRF, the response's media type) are part of the key.
  const h = input.headers;
  const key = token
    ? null
    : [input.method, input.search, h.get("content-type"), h.get("accept"), h.get("apollo-require-preflight"), h.get("x-apollo-operation-name"), text].join("\u0000");
  if (key !== null) {
    const hit = await keptAnswer(db, key);
    if (hit) {
      const headers = new Headers({ "content-type": hit.contentType, "x-request-id": h.get("x-request-id") ?? randomUUID() });
      return { status: 200, headers, body: hit.body };
    }
  }
  if (input.method === "POST") {
    if ((input.headers.get("content-type") ?? "").includes("application/json")) {
      try {
        body = JSON.parse(text);
      } catch {
        return refusal(400, "Body is not valid JSON");
      }
    } else {
      body = text; // Apollo's CSRF prevention refuses it with a clear message
    }
  }
  const execute = () =>
    handleGraphQL(db, {
      method: input.method,
      headers: input.headers,
      search: input.search,
      body,
      session: token ? { sub: token.sub, sv: token.sv, at: token.at } : null,
      ip: clientAddress(input.headers, config().TRUSTED_PROXIES),
    });
  const res = key === null ? await execute() : await watchAndKeep(db, key, execute);
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
  return { status: res.status, headers: res.headers, body: res.body };
}
