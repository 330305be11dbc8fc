import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 9999) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function invalid(value: unknown): GraphQLError {
  return new GraphQLError(`Date must be a calendar day as YYYY-MM-DD, got ${JSON.stringify(value)?.slice(0, 40)}`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

/**
 * The contract's `Date`: a calendar day without time or zone, kept as the string
 * "YYYY-MM-DD" in TypeScript and stored in PostgreSQL `date` columns.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar day, YYYY-MM-DD",
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (isIsoDate(value)) return value;
    throw invalid(value);
  },
  parseValue(value) {
    if (isIsoDate(value)) return value;
    throw invalid(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isIsoDate(ast.value)) return ast.value;
    throw invalid(ast.kind === Kind.STRING ? ast.value : ast.kind);
  },
});

/** Today's calendar day in Toruń (Europe/Warsaw), as YYYY-MM-DD. */
export function todayInWarsaw(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The calendar day `n` days after `iso` (YYYY-MM-DD; n may be negative). */
export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
