import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from "graphql";
import { createTestDb, type TestDb } from "../helpers/db";
import { gql } from "../helpers/graphql";
import { harmlessArguments, harmlessValue, operationDocument, schema } from "../helpers/schema";
import { tableChecksum } from "../helpers/table-checksum";
import { createRoleSet } from "../factories";

/**
 * For every operation of schema.graphql and every argument, sends hostile values — huge
 * strings, NUL, RTL and zero-width marks, emoji, SQL and HTML metacharacters, negative,
 * huge and fractional numbers, invalid ids and dates, null and lists holding null — as an
 * admin (who passes most access checks, so the input reaches the services). Whatever
 * happens, the answer is never an internal error, and a refused operation changes no row.
 */
const STRINGS = [
  "",
  "   ",
  "x".repeat(1_000_000),
  "a\u0000b",
  "\u202Eevil\u202C",
  "zero\u200Bwidth",
  "😀👍🏽🇵🇱",
  "'; DROP TABLE users; --",
  "<script>alert(1)</script>",
  "%_\\",
];
const INTS = [-1, 0, 2147483647, -2147483648];
const FLOATS = [-1, 0, 1e308, -1e308, 0.001];
const IDS = ["not-a-uuid", "00000000-0000-0000-0000-000000000000", "' OR 1=1 --", "x".repeat(10_000)];
const DATES = ["2013-02-30", "not-a-date", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z"];

/** Hostile values of a type (at the top level of an argument or an input field). */
function hostile(type: GraphQLInputType): unknown[] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    const out: unknown[] = [];
    const base = harmlessValue(named) as Record<string, unknown>;
    for (const f of Object.values(named.getFields())) {
      for (const v of [...hostile(f.type).slice(0, 4), ...nulls(f.type)]) out.push(wrap(type, { ...base, [f.name]: v }));
    }
    return out;
  }
  const scalars = (() => {
    if (isEnumType(named)) return [];
    switch (named.name) {
      case "Int":
        return INTS;
      case "Float":
        return FLOATS;
      case "Boolean":
        return [];
      case "ID":
        return IDS;
      case "DateTime":
      case "Date":
        return DATES;
      default:
        return STRINGS;
    }
  })();
  return scalars.map((v) => wrap(type, v));
}

/**
 * An explicit null where the type allows one (not the same as leaving it out: a default
 * does not apply, and `?? fallback` is the service's to write), and a list holding a null.
 */
function nulls(type: GraphQLInputType): unknown[] {
  const t = isNonNullType(type) ? type.ofType : type;
  return [...(t === type ? [null] : []), ...(isListType(t) ? [[null]] : [])];
}

function wrap(type: GraphQLInputType, v: unknown): unknown {
  const t = isNonNullType(type) ? type.ofType : type;
  return isListType(t) ? [v] : v;
}

interface Case {
  op: string;
  arg: string;
  doc: string;
  vars: Record<string, unknown>;
}

function cases(kind: "query" | "mutation"): Case[] {
  const root = kind === "query" ? schema.getQueryType()! : schema.getMutationType()!;
  const out: Case[] = [];
  for (const field of Object.values(root.getFields())) {
    const args = field.args;
    if (!args.length) continue;
    const doc = operationDocument(kind, field);
    for (const a of args) {
      for (const v of [...nulls(a.type), ...hostile(a.type)]) {
        const vars = { ...harmlessArguments(field), [a.name]: v };
        out.push({ op: `${kind === "query" ? "Query" : "Mutation"}.${field.name}`, arg: a.name, doc, vars });
      }
    }
  }
  return out;
}

let db: TestDb;
let adminId: string;
beforeAll(async () => {
  db = await createTestDb();
  adminId = (await createRoleSet(db.ds)).admin.id;
  process.env.RATE_LIMITS = "off";
});
afterAll(async () => {
  delete process.env.RATE_LIMITS;
  await db.drop();
});

const short = (v: unknown) => JSON.stringify(v).slice(0, 60);

describe.each(["query", "mutation"] as const)("hostile input to every %s", (kind) => {
  const all = cases(kind);
  const byOp = new Map<string, Case[]>();
  for (const c of all) byOp.set(c.op, [...(byOp.get(c.op) ?? []), c]);
  for (const [op, list] of byOp) {
    it(`${op}: never an internal error, and nothing written when refused`, async () => {
      for (const c of list) {
        const before = kind === "mutation" ? await tableChecksum(db.ds) : "";
        const r = await gql(db.ds, c.doc, c.vars, adminId);
        const codes = (r.errors ?? []).map((e) => e.extensions?.code);
        if (codes.includes("INTERNAL_SERVER_ERROR") || codes.includes(undefined)) {
          throw new Error(`${op}(${c.arg} = ${short(c.vars[c.arg])}) → ${JSON.stringify(r.errors).slice(0, 500)}`);
        }
        if (kind === "mutation" && r.errors?.length) {
          expect({ op, arg: c.arg, value: short(c.vars[c.arg]), unchanged: (await tableChecksum(db.ds)) === before }).toEqual({
            op,
            arg: c.arg,
            value: short(c.vars[c.arg]),
            unchanged: true,
          });
        }
      }
    });
  }
});
