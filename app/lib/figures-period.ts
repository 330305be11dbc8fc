import { localeTag } from "./dates";
import { GraphQLRequestError } from "./graphql-server";

/** A figure as the figures pages write it: `digits` decimals, a dash for none. */
export type FigureFormatter = (n: number | null | undefined, digits?: number) => string;

/** The figures in the page's language: an English page showed "8180,51" where it writes "8,180.51". */
export function figureFormatter(locale: string): FigureFormatter {
  const tag = localeTag(locale);
  return (n, digits = 0) =>
    n === null || n === undefined ? "–" : n.toLocaleString(tag, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A figures page's address for the period chosen (none: all time). */
export function periodHref(path: string, from: string | undefined, to: string | undefined): string {
  const query = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The figures for the period asked; a period that the API refuses (the end before the
 * start) gives all time instead, with `refused` so that the page can say why.
 */
export async function loadForPeriod<P, T>(period: P | null, load: (period: P | null) => Promise<T>): Promise<{ data: T; refused: boolean }> {
  try {
    return { data: await load(period), refused: false };
  } catch (err) {
    if (!(err instanceof GraphQLRequestError && err.code === "BAD_USER_INPUT")) throw err;
    return { data: await load(null), refused: true };
  }
}
