import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { ServerBridge } from "../server/bridge";
import { SECURITY_HEADERS } from "../server/security-headers";

const gzipAsync = promisify(gzip);
/** Smaller answers are sent as they are: compressing them costs more than it saves. */
const GZIP_FROM_BYTES = 1024;

/** The request body as text, or null once it is longer than `max` bytes (stops reading there). */
export function readNodeBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.byteLength;
      if (size > max) {
        done = true;
        req.resume(); // the rest is drained and dropped, so the answer can still be sent
        return resolve(null);
      }
      chunks.push(chunk);
    });
    req.on("end", () => !done && ((done = true), resolve(Buffer.concat(chunks).toString("utf8"))));
    req.on("error", (err) => !done && ((done = true), reject(err)));
  });
}

/** How much of a refused body is read and dropped before the 413 is sent; a larger one is cut off. */
const DRAIN_AT_MOST_BYTES = 16 * 1024 * 1024;
/** A body that stops coming for this long (a length declared but never sent) is not waited for. */
const DRAIN_IDLE_MS = 1000;

/** Reads and drops what is left of the request body; resolves at its end, on close, past `max` bytes or after a pause. */
export function drain(req: IncomingMessage, max: number): Promise<void> {
  if (req.complete || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let size = 0;
    let idle = setTimeout(() => done(), DRAIN_IDLE_MS);
    const done = () => {
      clearTimeout(idle);
      req.off("data", count);
      resolve();
    };
    const count = (chunk: Buffer) => {
      size += chunk.byteLength;
      clearTimeout(idle);
      if (size > max) return done();
      idle = setTimeout(() => done(), DRAIN_IDLE_MS);
    };
    req.on("data", count);
    req.once("end", done);
    req.once("close", done);
    req.once("error", done);
    req.resume();
  });
}

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
      readBody: (max) => readNodeBody(req, max),
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
    if (out.status === 413) {
      // A refused body may still be on its way: the connection cannot carry another request,
      // and it is read to its end (up to a bound) first — closed mid-upload, the client got a
      // broken pipe while still sending instead of this answer.
      res.setHeader("connection", "close");
      await drain(req, DRAIN_AT_MOST_BYTES);
    }
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
