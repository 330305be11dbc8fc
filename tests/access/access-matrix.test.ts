import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { createTestDb, type TestDb } from "../helpers/db";
import { errorCode, gql } from "../helpers/graphql";
import { createRoleSet } from "../factories";
import { ACTORS, MATRIX, type Actor, type Fixtures } from "./matrix";

/**
 * Runs every operation of schema.graphql as each kind of user against the table in
 * ./matrix.ts, and fails when the schema gains an operation the table does not cover.
 */
let db: TestDb;
let fx: Fixtures;

beforeAll(async () => {
  db = await createTestDb();
  const roles = await createRoleSet(db.ds);
  fx = { ds: db.ds, ...roles };
});
afterAll(() => db.drop());

const schema = buildSchema(readFileSync("schema.graphql", "utf8"));
const operations = [
  ...Object.keys(schema.getQueryType()!.getFields()).map((n) => `Query.${n}`),
  ...Object.keys(schema.getMutationType()!.getFields()).map((n) => `Mutation.${n}`),
];

const userIdOf = (actor: Actor): string | null =>
  actor === "anonymous"
    ? null
    : ({ resident: fx.resident, pesOwn: fx.pes, pesOther: fx.otherPes, official: fx.official, admin: fx.admin } as const)[actor].id;

describe("access matrix", () => {
  it("covers every operation of schema.graphql", () => {
    const covered = new Set<string>(MATRIX.map((e) => e.op));
    expect(operations.filter((op) => !covered.has(op))).toEqual([]);
    expect([...covered].filter((op) => !operations.includes(op as string))).toEqual([]);
  });

  for (const entry of MATRIX) {
    for (const actor of ACTORS) {
      const allowed = entry.allow === "everyone" || entry.allow.includes(actor);
      it(`${entry.op} as ${actor}: ${allowed ? "allowed" : "refused"}`, async () => {
        const vars = await entry.vars(fx, actor);
        const r = await gql(db.ds, entry.doc, vars, userIdOf(actor));
        const code = errorCode(r);
        if (allowed) {
          expect([undefined, ...(entry.allowedCodes ?? [])]).toContain(code);
          if (entry.check) await entry.check(r, fx, actor);
        } else {
          const expected = actor === "anonymous" ? ["UNAUTHENTICATED"] : ["FORBIDDEN", "NOT_FOUND"];
          expect(expected).toContain(code);
          if (entry.deniedData) expect(r.data ? entry.deniedData(r.data) : null).toBeFalsy();
        }
      });
    }
  }
});
