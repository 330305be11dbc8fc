import { NextRequest } from "next/server";
import { serveGraphQLHttp, type GraphQLHttpInput } from "../../../server/http-graphql";
import { createTestDb, type TestDb } from "../../helpers/db";
import { POST, GET } from "../../../app/api/graphql/route";

jest.mock("server-only", () => ({}));

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  // The route reaches the server only through the bridge; here it runs against the test database.
  (globalThis as Record<string, unknown>).__pestorBridge = {
    serveGraphQL: (input: GraphQLHttpInput) => serveGraphQLHttp(db.ds, input),
  };
});
afterAll(() => db.drop());

const URL_ = "http://localhost/api/graphql";
const json = (body: unknown) => new NextRequest(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const raw = (body: string, type = "application/json") => new NextRequest(URL_, { method: "POST", headers: { "content-type": type }, body });

const nest = (n: number) => {
  let q = "id";
  for (let i = 0; i < n; i++) q = `membership { organization { id } user { ${q} } }`;
  return `{ me { ${q} } }`;
};

/** Every way a client can be refused, with the status it must get: never a 500. */
const REFUSALS: [string, () => NextRequest, number][] = [
  ["500 aliases (over the token and alias limits)", () => json({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(" ")} }` }), 400],
  ["40 aliases (alias limit only)", () => json({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(" ")} }` }), 400],
  ["3 001 tokens", () => json({ query: `{ ${Array.from({ length: 3001 }, () => "__typename").join(" ")} }` }), 400],
  ["a document nested deeper than the limit", () => json({ query: nest(14) }), 400],
  ["too many directives", () => json({ query: `{ me @include(if: true) ${"@include(if: true) ".repeat(30)} { id } }` }), 400],
  ["too costly", () => json({ query: `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: premisesSearch(first: 100) { edges { node { id title } } totalCount }`).join(" ")} }` }), 400],
  ["a syntax error", () => json({ query: "{ me { id " }), 400],
  ["an unknown field", () => json({ query: "{ nope }" }), 400],
  ["a wrong variable type", () => json({ query: "query($id: ID!) { premises(id: $id) { id } }", variables: { id: { a: 1 } } }), 400],
  ["a missing variable", () => json({ query: "query($id: ID!) { premises(id: $id) { id } }" }), 400],
  ["no query at all", () => json({ variables: {} }), 400],
  ["a query that is not a string", () => json({ query: 42 }), 400],
  ["two operations without an operation name", () => json({ query: "query A { me { id } } query B { me { id } }" }), 400],
  ["an unknown operation name", () => json({ query: "query A { me { id } }", operationName: "B" }), 400],
  ["a batch", () => raw(JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }])), 400],
  ["JSON that does not parse", () => raw("{ not json"), 400],
  ["text/plain (CSRF)", () => raw(JSON.stringify({ query: "{ me { id } }" }), "text/plain"), 400],
  ["a mutation over GET", () => new NextRequest(`${URL_}?query=${encodeURIComponent("mutation { acceptItemRequest(id: \"x\") { id } }")}`, { headers: { "apollo-require-preflight": "1" } }), 405],
  ["a 2 MB padded query", () => json({ query: `{ me { id } }${" ".repeat(2_000_000)}` }), 413],
  ["a 2 MB padded query without a Content-Length", () => new NextRequest(URL_, { method: "POST", headers: { "content-type": "application/json" }, body: streamOf(`{"query":"{ me { id } }${" ".repeat(2_000_000)}"}`), duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]), 413],
];

function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(c) {
      if (offset >= bytes.length) return c.close();
      c.enqueue(bytes.subarray(offset, offset + 65536));
      offset += 65536;
    },
  });
}

describe("GraphQL refusals are answered with a 4xx status", () => {
  it.each(REFUSALS)("%s", async (_name, make, status) => {
    const req = make();
    const res = await (req.method === "GET" ? GET(req) : POST(req));
    expect(res.status).toBe(status);
    const body = await res.json().catch(() => null);
    expect(body?.errors?.length).toBeGreaterThan(0);
    expect(body?.data ?? null).toBeNull();
  });

  it("still answers a good query with 200", async () => {
    const res = await POST(json({ query: "{ me { id } }" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: null } });
  });
});
