import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { ServerBridge } from "../server/bridge";
import { SECURITY_HEADERS } from "../server/security-headers";

const gzipAsync = promisify(gzip);
/** Smaller answers are sent as they are: compressing them costs more than it saves. */
const GZIP_FROM_BYTES = 1024;

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  return headers;
}

/**
 * /api/graphql straight from node:http to the server code, without Next.js's route
 * machinery (its request object, web streams and async storage cost a cheap request
 * 20–30 % of its CPU: README, Performance). The answer is the route handler's to the byte
 * (same server().serveGraphQL), with the headers next.config.ts gives every response.
 */
export async function serveGraphQLFast(bridge: ServerBridge, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  try {
    const out = await bridge.serveGraphQL({
      method: req.method ?? "GET",
      headers: headersOf(req),
      search: q < 0 ? "" : url.slice(q),
      // Stopping early must not destroy the request: its socket carries the answer.
      body: () => req.iterator({ destroyOnReturn: false }),
    });
    for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
    out.headers.forEach((value, key) => key !== "set-cookie" && res.setHeader(key, value));
    const cookies = out.headers.getSetCookie();
    if (cookies.length) res.setHeader("set-cookie", cookies);
    let body: Buffer = Buffer.from(out.body, "utf8");
    res.setHeader("vary", "Accept-Encoding");
    if (body.byteLength >= GZIP_FROM_BYTES && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = await gzipAsync(body);
      res.setHeader("content-encoding", "gzip");
    }
    // What is left of a refused body may be more than was drained (server/http-graphql.ts):
    // the connection cannot carry another request.
    if (out.status === 413) res.setHeader("connection", "close");
    res.statusCode = out.status;
    res.setHeader("content-length", body.byteLength);
    res.end(body);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  }
}

/** The path is exactly /api/graphql (with or without a query string) and the method one the route has. */
export function isGraphQLRequest(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  return (req.method === "POST" || req.method === "GET") && (url === "/api/graphql" || url.startsWith("/api/graphql?"));
}
