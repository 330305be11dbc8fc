import { GraphQLError } from "graphql";
import { handleGraphQL } from "../../../server/apollo";
import { formatError } from "../../../server/errors";
import { createTestDb, type TestDb } from "../../helpers/db";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

function request(body: unknown, contentType = "application/json") {
  return handleGraphQL(db.ds, {
    method: "POST",
    headers: new Headers({ "content-type": contentType }),
    search: "",
    body,
    session: null,
    ip: "127.0.0.1",
  });
}

describe("POST /api/graphql", () => {
  it("answers a JSON POST without any other header", async () => {
    const res = await request({ query: "{ me { id } }" });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ data: { me: null } });
  });

  it("refuses a text/plain POST that a browser could send cross-site (CSRF)", async () => {
    const res = await request(JSON.stringify({ query: "{ me { id } }" }), "text/plain");
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/Cross-Site Request Forgery/);
  });

  it("refuses batched requests", async () => {
    const res = await request([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]);
    expect(res.status).toBe(400);
  });

  it("refuses a query nested deeper than the limit", async () => {
    // membership → organization → … is a cycle in the schema, so depth is unbounded without a limit.
    let q = "id";
    for (let i = 0; i < 14; i++) q = `membership { organization { id } user { ${q} } }`;
    const res = JSON.parse((await request({ query: `{ me { ${q} } }` })).body);
    expect(res.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(res.data).toBeUndefined();
  });

  it("refuses a document with too many tokens", async () => {
    const fields = Array.from({ length: 1600 }, () => "__typename").join(" ");
    const res = JSON.parse((await request({ query: `{ ${fields} }` })).body);
    expect(res.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a query with too many aliases", async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(" ");
    const res = JSON.parse((await request({ query: `{ ${aliases} }` })).body);
    expect(res.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("error masking", () => {
  it("hides unknown errors behind INTERNAL_SERVER_ERROR in production, with no stack trace", () => {
    const boom = new GraphQLError("connection string leaked: postgres://secret", { originalError: new Error("secret") });
    const out = formatError({ message: boom.message, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } }, boom, {
      production: true,
    });
    expect(out.message).toBe("Internal server error");
    expect(JSON.stringify(out)).not.toMatch(/secret|stacktrace/);
  });

  it("turns a data error of PostgreSQL (bad input that slipped past validation) into BAD_USER_INPUT", async () => {
    const err = await db.ds.query("SELECT 'not-a-uuid'::uuid").catch((e) => e);
    const wrapped = new GraphQLError(err.message, { originalError: err });
    const out = formatError({ message: wrapped.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, wrapped, { production: true });
    expect(out.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
