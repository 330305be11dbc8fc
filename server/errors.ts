import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { logger } from "./logger";

/** The error codes of the public contract (`extensions.code`). */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED";

export type FieldErrors = Record<string, string>;

/** Why a FORBIDDEN was given, when the person can do something about it (`extensions.reason`). */
export type ErrorReason = "EMAIL_NOT_VERIFIED";

/** A refusal the client should see. Everything else is masked. */
export class AppError extends GraphQLError {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fields?: FieldErrors,
    public readonly reason?: ErrorReason,
  ) {
    super(message, { extensions: { code, ...(fields ? { fields } : {}), ...(reason ? { reason } : {}) } });
    this.name = "AppError";
  }
}

export const badInput = (fields: FieldErrors, message = "Invalid input") =>
  new AppError("BAD_USER_INPUT", message, fields);
export const notFound = (what = "Object") => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (message = "Not allowed", reason?: ErrorReason) =>
  new AppError("FORBIDDEN", message, undefined, reason);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in first");
export const conflict = (message: string) => new AppError("CONFLICT", message);

/** Flattens class-validator errors into `{ "input.areaM2": "message" }`. */
export function validationFields(errors: ValidationError[], prefix = ""): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out[path] = Object.values(e.constraints)[0];
    if (e.children?.length) Object.assign(out, validationFields(e.children, path));
  }
  return out;
}

const KNOWN = new Set<string>([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
]);

/**
 * Maps every error leaving the API to the contract: validation errors become
 * BAD_USER_INPUT with fields, GraphQL's own parse/validation errors keep their code,
 * and anything unknown is logged with the request id and masked.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  opts: { production: boolean; requestId?: string },
): GraphQLFormattedError {
  const original = unwrap(error);
  if (original instanceof ArgumentValidationError) {
    // The path inside the arguments is not known here; argument names are the top level.
    const fields = validationFields(original.extensions.validationErrors as ValidationError[]);
    return {
      message: "Invalid input",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT", fields },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && KNOWN.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    if (code === "BAD_USER_INPUT" && !extensions.fields) extensions.fields = {};
    return { ...formatted, extensions: opts.production ? extensions : formatted.extensions };
  }
  if (
    code === "GRAPHQL_PARSE_FAILED" ||
    code === "GRAPHQL_VALIDATION_FAILED" ||
    code === "BAD_REQUEST" ||
    code === "PERSISTED_QUERY_NOT_FOUND" ||
    code === "OPERATION_RESOLUTION_FAILURE"
  ) {
    // Malformed requests and variables are the client's fault: the contract calls that bad input.
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: "BAD_USER_INPUT", fields: {}, graphqlCode: code },
    };
  }
  // PostgreSQL's data exceptions (class 22: malformed uuid or date, value too long, number
  // out of range) mean the input was bad and the transaction was rolled back. Services
  // validate first; this is the net under them, so such input can never become a 500.
  const sqlState = (original as { code?: unknown } | null)?.code;
  if (typeof sqlState === "string" && sqlState.startsWith("22")) {
    logger.warn({ requestId: opts.requestId, path: formatted.path, sqlState }, "input refused by the database");
    return { message: "Invalid input", path: formatted.path, extensions: { code: "BAD_USER_INPUT", fields: {} } };
  }
  logger.error({ err: original, requestId: opts.requestId, path: formatted.path }, "unexpected error");
  return {
    message: opts.production ? "Internal server error" : formatted.message,
    path: formatted.path,
    extensions: opts.production
      ? { code: "INTERNAL_SERVER_ERROR", requestId: opts.requestId }
      : { ...formatted.extensions, code: "INTERNAL_SERVER_ERROR", requestId: opts.requestId },
  };
}

function unwrap(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && e.originalError && e.originalError !== e) e = e.originalError;
  return e;
}
