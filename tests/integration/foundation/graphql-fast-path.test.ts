import http, { type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { GET, POST } from "../../../app/api/graphql/route";
import { isGraphQLRequest, serveGraphQLFast } from "../../../scripts/graphql-fast-path";
import { authOptions } from "../../../server/auth/options";
import type { ServerBridge } from "../../../server/bridge";
import { MAX_GRAPHQL_BODY, serveGraphQLHttp } from "../../../server/http-graphql";
import { createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";

jest.mock("server-only", () => ({}));

/*
 * `npm start` answers /api/graphql from node:http before Next.js (scripts/serve.ts); `next
 * dev` through the route handler. Both must answer every request alike.
 */
let db: TestDb;
let server: http.Server;
let base: string;
let cookie: string;
beforeAll(async () => {
  db = await createTestDb();
  const bridge = { serveGraphQL: (input) => serveGraphQLHttp(db.ds, input) } as ServerBridge;
  (globalThis as Record<string, unknown>).__pestorBridge = bridge;
  server = http.createServer((req, res) => void serveGraphQLFast(bridge, req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const user = await createUser(db.ds, { name: "Fast Path" });
  const token = await encode({ token: { sub: user.id, sv: user.sessionVersion }, secret: authOptions().secret! });
  cookie = `next-auth.session-token=${token}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.drop();
});

interface Case {
  name: string;
  method: "GET" | "POST";
  search?: string;
  headers?: Record<string, string>;
  body?: string;
}
const json = { "content-type": "application/json" };
const CASES: Case[] = [
  { name: "an anonymous query", method: "POST", headers: json, body: JSON.stringify({ query: "{ me { id } }" }) },
  { name: "a signed-in query (session cookie)", method: "POST", headers: { ...json, cookie: "" }, body: JSON.stringify({ query: "{ me { name } }" }) },
  { name: "a body that is not JSON", method: "POST", headers: json, body: "{bad" },
  { name: "a text/plain POST (CSRF)", method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ me { id } }" }) },
  { name: "a declared length over the limit", method: "POST", headers: { ...json, "content-length": String(MAX_GRAPHQL_BODY + 1) }, body: "{}" },
  { name: "a GET query", method: "GET", search: `?query=${encodeURIComponent("{ me { id } }")}`, headers: { "apollo-require-preflight": "1" } },
  { name: "a GET without the preflight header (CSRF)", method: "GET", search: `?query=${encodeURIComponent("{ me { id } }")}` },
];

function headersFor(c: Case): Record<string, string> {
  const h = { ...(c.headers ?? {}) };
  if ("cookie" in h) h.cookie = cookie;
  return h;
}

async function viaRoute(c: Case) {
  const req = new NextRequest(`http://localhost/api/graphql${c.search ?? ""}`, { method: c.method, headers: headersFor(c), body: c.body });
  const res = await (c.method === "GET" ? GET : POST)(req);
  return { status: res.status, type: res.headers.get("content-type"), body: await res.text() };
}

/** A raw request, so that a declared length can differ from the body sent. */
function viaFastPath(c: Case, extra: Record<string, string> = {}): Promise<{ status: number; headers: IncomingMessage["headers"]; raw: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { ...headersFor(c), ...extra };
    const req = http.request(`${base}/api/graphql${c.search ?? ""}`, { method: c.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (d: Buffer) => chunks.push(d));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, raw: Buffer.concat(chunks) }));
    });
    req.on("error", (err) => ((err as NodeJS.ErrnoException).code === "ECONNRESET" ? undefined : reject(err)));
    if (c.body !== undefined && !("content-length" in headers)) req.end(c.body);
    else if (c.body !== undefined) req.end(c.body.slice(0, 2));
    else req.end();
  });
}

describe("/api/graphql from node:http (npm start) and from the route handler (next dev)", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("answer %s alike", async (_name, c) => {
    const route = await viaRoute(c);
    const fast = await viaFastPath(c);
    expect({ status: fast.status, type: fast.headers["content-type"], body: fast.raw.toString("utf8") }).toEqual(route);
  });

  it("reads the session cookie: the signed-in person is known", async () => {
    const res = await viaFastPath(CASES[1]);
    expect(JSON.parse(res.raw.toString("utf8"))).toEqual({ data: { me: { name: "Fast Path" } } });
  });

  it("sends the security headers of every response and a request id", async () => {
    const res = await viaFastPath(CASES[0]);
    expect(res.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
      "permissions-policy": "camera=(self), microphone=(), geolocation=()",
    });
    expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("compresses a large answer for a client that accepts gzip, and only then", async () => {
    const plain = await viaFastPath(CASES[0], { "accept-encoding": "gzip" });
    expect(plain.headers["content-encoding"]).toBeUndefined(); // under 1 kB: sent as it is
    const large: Case = { name: "large", method: "POST", headers: json, body: JSON.stringify({ query: `{ __schema { types { name } } }` }) };
    const zipped = await viaFastPath(large, { "accept-encoding": "gzip, deflate, br" });
    const unzipped = await viaFastPath(large);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(unzipped.headers["content-encoding"]).toBeUndefined();
    expect(unzipped.raw.byteLength).toBeGreaterThan(1024);
    expect(gunzipSync(zipped.raw).toString("utf8")).toBe(unzipped.raw.toString("utf8"));
  });

  it("stops reading a body sent without a length once it passes the limit (413)", async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${base}/api/graphql`, { method: "POST", headers: { ...json, "transfer-encoding": "chunked" } }, (r) => {
        r.resume();
        resolve(r.statusCode!);
      });
      req.on("error", reject);
      const chunk = Buffer.alloc(256 * 1024, "a");
      for (let sent = 0; sent <= MAX_GRAPHQL_BODY; sent += chunk.byteLength) req.write(chunk);
      req.end();
    });
    expect(res).toBe(413);
  });

  it("takes /api/graphql by GET and POST only, with or without a query string", () => {
    const req = (method: string, url: string) => ({ method, url }) as IncomingMessage;
    expect(isGraphQLRequest(req("POST", "/api/graphql"))).toBe(true);
    expect(isGraphQLRequest(req("GET", "/api/graphql?query=%7B%7D"))).toBe(true);
    expect(isGraphQLRequest(req("OPTIONS", "/api/graphql"))).toBe(false);
    expect(isGraphQLRequest(req("POST", "/api/graphqlx"))).toBe(false);
    expect(isGraphQLRequest(req("POST", "/api/graphql/x"))).toBe(false);
  });
});

/** A body of `size` bytes sent slowly, as from a phone: the answer is ready long before its last byte. */
function slowBody(size: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const progress = { sent: 0 };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (progress.sent >= size) return controller.close();
      await new Promise((r) => setTimeout(r, 2));
      const part = chunk.subarray(0, Math.min(chunk.length, size - progress.sent));
      progress.sent += part.length;
      controller.enqueue(part);
    },
  });
  return { body, progress };
}

const DOORS = {
  "the fast path": (init: RequestInit) => fetch(`${base}/api/graphql`, init),
  "the route handler": (init: RequestInit) => POST(new NextRequest("http://localhost/api/graphql", init as ConstructorParameters<typeof NextRequest>[1])),
};

describe.each(Object.keys(DOORS) as (keyof typeof DOORS)[])("%s answers an oversized body with 413 once it is in, not a broken pipe while it is still sent", (door) => {
  it.each([
    ["a declared length over the limit", true],
    ["a body without a length that passes the limit", false],
  ])("%s", async (_name, declared) => {
    const size = MAX_GRAPHQL_BODY * 2;
    const { body, progress } = slowBody(size);
    const res = await DOORS[door]({
      method: "POST",
      headers: { "content-type": "application/json", ...(declared && { "content-length": String(size) }) },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].message).toBe("Request too large");
    expect(progress.sent).toBe(size);
  });
});
