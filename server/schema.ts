import "reflect-metadata";
import { validate, getMetadataStorage } from "class-validator";
import type { GraphQLSchema } from "graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { buildSchemaSync, type AuthChecker, type NonEmptyArray } from "type-graphql";
import { Role } from "../entities/users";
import type { Context } from "./context";
import { badInput, forbidden, unauthenticated, validationFields } from "./errors";
import { resolvers } from "./modules";
import { requireVerifiedEmailForMutations } from "./modules/users/verified-email.guard";

/** `@Authorized()` = signed in; `@Authorized(STAFF)` or `@Authorized("ADMIN")` = one of those roles (typed as Role). */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.user) throw unauthenticated();
  if (roles.length && !roles.includes(context.user.role)) throw forbidden();
  return true;
};

const MAX_STRING = 100_000;

/**
 * Runs before every resolver for each argument: trims strings in input objects, refuses
 * NUL characters and absurd lengths (PostgreSQL cannot store NUL), then applies the
 * class-validator rules of input classes. A refusal names the field.
 */
function sanitise(value: unknown, path: string, fields: Record<string, string>): unknown {
  if (typeof value === "string") {
    if (value.includes("\u0000")) fields[path || "value"] = "Contains a NUL character";
    else if (value.length > MAX_STRING) fields[path || "value"] = "Too long";
    return value;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => (value[i] = sanitise(v, `${path}[${i}]`, fields)));
    return value;
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const rec = value as Record<string, unknown>;
    for (const key of Object.keys(rec)) {
      const v = rec[key];
      rec[key] = typeof v === "string" ? v.trim() : sanitise(v, path ? `${path}.${key}` : key, fields);
      if (typeof v === "string") sanitise(rec[key], path ? `${path}.${key}` : key, fields);
    }
  }
  return value;
}

function hasRules(target: object): boolean {
  return getMetadataStorage().getTargetValidationMetadatas(target.constructor, "", true, false).length > 0;
}

async function validateArg(argValue: unknown, _type: unknown, data?: { args?: Record<string, unknown> }): Promise<void> {
  const fields: Record<string, string> = {};
  // A plain argument's refusal names the argument (type-graphql hands over its value alone).
  const name = typeof argValue === "string" ? Object.keys(data?.args ?? {}).find((k) => data?.args?.[k] === argValue) : undefined;
  sanitise(argValue, name ?? "", fields);
  if (Object.keys(fields).length) throw badInput(fields);
  const items = Array.isArray(argValue) ? argValue : [argValue];
  for (const item of items) {
    if (item && typeof item === "object" && !(item instanceof Date) && hasRules(item)) {
      const errors = await validate(item, {
        forbidUnknownValues: false,
        validationError: { target: false, value: false },
      });
      if (errors.length) throw badInput(validationFields(errors));
    }
  }
}

export function buildAppSchema(): GraphQLSchema {
  return requireVerifiedEmailForMutations(
    buildSchemaSync({
      resolvers: resolvers as unknown as NonEmptyArray<Function>,
      authChecker,
      validateFn: validateArg,
      scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    }),
  );
}

/** Built once per process. */
export function appSchema(): GraphQLSchema {
  const g = globalThis as { __pestorSchema?: GraphQLSchema };
  g.__pestorSchema ??= buildAppSchema();
  return g.__pestorSchema;
}
