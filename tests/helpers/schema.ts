import { readFileSync } from "node:fs";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";

/** The API as published (schema.graphql), for tests generated from it. */
export const schema = buildSchema(readFileSync("schema.graphql", "utf8"));

const HARMLESS_SCALARS: Record<string, unknown> = {
  Int: 1,
  Float: 10,
  Boolean: true,
  ID: "00000000-0000-4000-8000-000000000000",
  DateTime: "2030-01-01T10:00:00Z",
  Date: "2030-01-01",
};

/** A harmless value of the type (required input fields filled), for the arguments a test does not vary. */
export function harmlessValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return harmlessValue(type.ofType);
  if (isListType(type)) return [harmlessValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = harmlessValue(f.type);
    return out;
  }
  if (isScalarType(type)) return HARMLESS_SCALARS[type.name] ?? "Tekst";
  return null;
}

/** Harmless values of a field's required arguments, by name. */
export function harmlessArguments(field: GraphQLField<unknown, unknown>): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const a of field.args) if (isNonNullType(a.type)) vars[a.name] = harmlessValue(a.type);
  return vars;
}

/** The document calling one root field with each argument as a variable of its own name, selecting `__typename` of an object. */
export function operationDocument(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const args = field.args;
  const decl = args.length ? `(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ")})` : "";
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(", ")})` : "";
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? "" : "{ __typename }";
  return `${kind}${decl} { ${field.name}${call} ${selection} }`;
}
