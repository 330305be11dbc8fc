import { randomUUID } from "node:crypto";
import { parse as parseCookie } from "cookie";
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
  /**
   * The request body, chunk by chunk (asked once, for a POST). Reading may stop before its
   * end without ending the request: the answer still goes out on the same connection.
   */
  body(): AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
}

export interface GraphQLHttpOutput {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * The request's cookies by name, as next-auth's session store reads them: RFC 6265 as the
 * `cookie` package reads it (quoted values unquoted, `=` kept inside a value, the first of
 * two cookies of one name wins, %-escapes decoded).
 */
export function cookiesOf(headers: Headers): Record<string, string> {
  return parseCookie(headers.get("cookie") ?? "");
}

type Chunks = ReturnType<GraphQLHttpInput["body"]>;

/** The body as text, or null once it is longer than `max` bytes (stops reading there). */
async function readCapped(chunks: Chunks, max: number): Promise<string | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let r = await chunks.next(); !r.done; r = await chunks.next()) {
    size += r.value.byteLength;
    if (size > max) return null;
    parts.push(r.value);
  }
  return Buffer.concat(parts).toString("utf8");
}

/** How much of a refused body is read and dropped before the 413 is sent; a larger one is cut off. */
const DRAIN_AT_MOST_BYTES = 16 * 1024 * 1024;
/** A body that stops coming for this long (a length declared but never sent) is not waited for. */
const DRAIN_IDLE_MS = 1000;

/**
 * Reads and drops what is left of a refused body: at its end, past DRAIN_AT_MOST_BYTES or
 * after a pause of DRAIN_IDLE_MS the 413 goes out. Answered mid-upload, a client still
 * sending got a broken pipe instead of the refusal.
 */
async function drain(chunks: Chunks): Promise<void> {
  const ended = { done: true as const, value: undefined };
  for (let size = 0; size <= DRAIN_AT_MOST_BYTES; ) {
    let timer: NodeJS.Timeout | undefined;
    const pause = new Promise<typeof ended>((resolve) => (timer = setTimeout(resolve, DRAIN_IDLE_MS, ended)));
    // A read left pending by the pause may fail later (the client gives up): that is an end too.
    const read = Promise.resolve(chunks.next()).catch(() => ended);
    const r = await Promise.race([read, pause]);
    clearTimeout(timer);
    if (r.done) return;
    size += r.value.byteLength;
  }
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
    // A declared length over the limit is refused before a byte is kept.
    const declared = Number(input.headers.get("content-length") ?? 0);
    const chunks = input.body();
    const read = declared > MAX_GRAPHQL_BODY ? null : await readCapped(chunks, MAX_GRAPHQL_BODY);
    if (read === null) {
      await drain(chunks);
      return refusal(413, "Request too large");
    }
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
