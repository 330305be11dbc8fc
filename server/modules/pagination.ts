import { createHmac, timingSafeEqual } from "node:crypto";
import { Field, ObjectType } from "type-graphql";
import { config } from "../config";
import { badInput } from "../errors";

/**
 * Relay-style page information shared by every connection of the contract
 * (`PremisesConnection`, `TrainingConnection`, `NewsPostConnection`, …).
 */
@ObjectType("PageInfo")
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

function sign(payload: string, scope: string): string {
  return createHmac("sha256", config().secret).update(`${scope}\n${payload}`).digest("base64url");
}

/**
 * Makes an opaque keyset cursor from the sort values of the last row (last value = the
 * id tie-breaker, by convention). The cursor is signed, so a cursor this server did not
 * issue — or one issued for another `scope`, e.g. another sort order — is refused by
 * {@link decodeCursor}. Dates are carried as ISO strings; callers convert back.
 */
export function encodeCursor(values: unknown[], scope = ""): string {
  const payload = Buffer.from(
    JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v))),
  ).toString("base64url");
  return `${payload}.${sign(payload, scope)}`;
}

/**
 * Checks the signature and shape of a cursor made by {@link encodeCursor} and returns
 * its values. Anything else (garbled, forged, wrong length, other scope) throws
 * `BAD_USER_INPUT` naming `field` (default `after`).
 */
export function decodeCursor(
  cursor: string,
  expectedLength: number,
  scope = "",
  field = "after",
): unknown[] {
  const fail = () => badInput({ [field]: "Invalid cursor" });
  if (typeof cursor !== "string" || cursor.length > 2000) throw fail();
  const dot = cursor.indexOf(".");
  if (dot <= 0) throw fail();
  const payload = cursor.slice(0, dot);
  const given = Buffer.from(cursor.slice(dot + 1));
  const expected = Buffer.from(sign(payload, scope));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw fail();
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw fail();
  }
  if (!Array.isArray(values) || values.length !== expectedLength) throw fail();
  return values;
}

/** `first` of the contract: an integer from 1 to `max` (default 100). */
export function checkFirst(first: number, field = "first", max = 100): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badInput({ [field]: `Must be between 1 and ${max}` });
  }
}
