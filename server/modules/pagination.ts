import { createHmac, timingSafeEqual } from "node:crypto";
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver, type ClassType } from "type-graphql";
import { config } from "../config";
import type { Context } from "../context";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badInput } from "../errors";
import { isUuid } from "../ids";

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

/** `text` with LIKE's wildcards (`%`, `_`) and its escape (`\`) escaped: it matches only itself. */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, "\\$&");
}

/** LIKE pattern for a free-text search, accent-folded on the SQL side with f_unaccent(). */
export function likePattern(text: string): string {
  return `%${escapeLike(text.trim())}%`;
}

/**
 * Free text as people type it: every word must occur (accent- and case-insensitively) in
 * `folded`, a column holding the text already folded by f_unaccent (a `search_text` kept by
 * a trigger, with a trigram index), in any order — "namiot festyn" finds "Namiot 3×6 m na festyny".
 */
export function whereWords<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, folded: string, text: string): void {
  searchWords(text).forEach((word, i) => qb.andWhere(`${folded} LIKE f_unaccent(:word${i})`, { [`word${i}`]: likePattern(word) }));
}

/** The words of a free-text search (at most ten), each of which must occur: see {@link whereWords}. */
export function searchWords(text: string | null | undefined): string[] {
  return (text ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 10);
}

/**
 * Adds conditions written as SQL text to a query builder: `conditions(param)` writes each
 * value through `param`, which names it (`:<prefix>0`, …) on `qb` — so one function of the
 * conditions serves a query builder and a statement written as SQL (`sqlParams`) alike.
 */
export function andWhereAll<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, prefix: string, conditions: (param: (v: unknown) => string) => string[]): SelectQueryBuilder<T> {
  let n = 0;
  const param = (v: unknown) => {
    const name = `${prefix}${n++}`;
    qb.setParameter(name, v);
    return `:${name}`;
  };
  for (const condition of conditions(param)) qb.andWhere(condition);
  return qb;
}

/**
 * A filter's plain equalities, `column = value` for each value given: null, undefined and ""
 * set no condition (false does), as `if (f.kind)` and `if (f.verified != null)` would.
 */
export function whereEqual<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, columns: Record<string, string | boolean | null | undefined>): void {
  Object.entries(columns)
    .filter(([, value]) => value != null && value !== "")
    .forEach(([column, value], i) => qb.andWhere(`${column} = :eq${i}`, { [`eq${i}`]: value }));
}

/**
 * The values of one statement written as SQL: `param(v)` adds `v` to `params` and gives its
 * placeholder (`$1`, `$2`, …), so a condition is written where it is decided and the list
 * stays in step. One per statement: `db.query(sql, params)`.
 */
export function sqlParams(): { params: unknown[]; param: (value: unknown) => string } {
  const params: unknown[] = [];
  return { params, param: (value) => `$${params.push(value)}` };
}

export interface Edge<T> {
  readonly cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: { readonly endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

/**
 * The edges of a page whose cursors are signed only when read: a cursor is an HMAC, and a
 * list usually asks for its nodes and at most `endCursor`, so signing one per row was
 * wasted work on every request (5 % of a 20-row list's CPU). Each is signed once, on first read.
 */
export function edgesOf<T>(nodes: T[], keyOf: (node: T, index: number) => unknown[], scope: string): Edge<T>[] {
  return nodes.map((node, index) => {
    let cursor: string | undefined;
    return {
      node,
      get cursor() {
        return (cursor ??= encodeCursor(keyOf(node, index), scope));
      },
    };
  });
}

/** `pageInfo` of a page of {@link edgesOf}: the end cursor is the last edge's, read when asked. */
export function pageInfoOf(edges: Edge<unknown>[], hasNextPage: boolean): Page<unknown>["pageInfo"] {
  return {
    hasNextPage,
    get endCursor() {
      return edges.at(-1)?.cursor ?? null;
    },
  };
}

/**
 * The arguments every keyset list of the contract takes, written once so that their
 * defaults stay alike: `filter` (optional), `first` (20 when left out; a resolver reads an
 * explicit null as 20 too) and `after` (the cursor of the last row already shown).
 */
export const FilterArg = (filter: ClassType) => Arg("filter", () => filter, { nullable: true });
export const FirstArg = () => Arg("first", () => Int, { nullable: true, defaultValue: 20 });
export const AfterArg = () => Arg("after", () => String, { nullable: true });

/** A module's keyset list of `T` matching a filter `F`: what a list query hands its service. */
export type ListPage<F, T> = (ctx: Context, filter: F | null | undefined, first: number, after: string | null | undefined) => Promise<Page<T>>;

/**
 * A list query that is only its arguments and its service: `name(filter, first, after)`
 * answering a connection, with an explicit `first: null` read as 20, as when left out.
 * `export const XListResolver = listQueryOf("xs", XConnection, XFilter, listXs, "…")`,
 * listed with the module's resolvers.
 */
export function listQueryOf<F extends object, T>(name: string, connection: ClassType<Page<T>>, filter: ClassType<F>, list: ListPage<F, T>, description: string) {
  @Resolver()
  class ListQuery {
    @Query(() => connection, { name, description })
    list(@Ctx() ctx: Context, @FilterArg(filter) f: F | null, @FirstArg() first: number | null, @AfterArg() after: string | null): Promise<Page<T>> {
      return list(ctx, f, first ?? 20, after);
    }
  }
  return ListQuery;
}

/**
 * The GraphQL types of a keyset page of `node`: `<edge>Edge { cursor, node }` and a base for
 * the connection (an unnamed `@ObjectType()`, in the schema only through its subclass):
 * `@ObjectType("XConnection") class XConnection extends connectionOf(X, "X") {}`
 * (which may add fields of its own, as `SearchConnection` does).
 */
export function connectionOf<T extends object>(node: ClassType<T>, edge: string) {
  @ObjectType(`${edge}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType()
  abstract class Connection implements Page<T> {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return Connection;
}

/**
 * Keyset pagination over one non-null sort key plus the id tie-breaker. The key travels in
 * the cursor as PostgreSQL text (full precision: timestamps keep their microseconds) and is
 * cast back with `sortType`, so pages never skip or repeat rows.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  opts: {
    alias: string;
    sortSql: string;
    sortType: "timestamptz" | "text" | "numeric";
    desc: boolean;
    first: number;
    after?: string | null;
    scope: string;
    /** The total when it is known already (the result cache's count, kept over writes): then only the page is read. */
    count?: () => Promise<number>;
  },
): Promise<Page<T>> {
  checkFirst(opts.first);
  const { alias, sortSql, sortType } = opts;
  const totalCount = await (opts.count ?? (() => qb.clone().getCount()))();
  if (opts.after != null) {
    const [key, id] = decodeCursor(opts.after, 2, opts.scope);
    if (typeof key !== "string" || !isUuid(id)) throw badInput({ after: "Invalid cursor" });
    qb.andWhere(`(${sortSql}, ${alias}.id) ${opts.desc ? "<" : ">"} (CAST(:__key AS ${sortType}), CAST(:__id AS uuid))`, {
      __key: key,
      __id: id,
    });
  }
  const dir = opts.desc ? "DESC" : "ASC";
  qb.addSelect(`(${sortSql})::text`, "__sort_key")
    .orderBy(sortSql, dir)
    .addOrderBy(`${alias}.id`, dir)
    .limit(opts.first + 1);
  const { entities, raw } = await qb.getRawAndEntities();
  const keys = new Map<string, string>(raw.map((r: Record<string, string>) => [r[`${alias}_id`], r.__sort_key]));
  const rows = entities.slice(0, opts.first);
  const edges = edgesOf(rows, (node) => [keys.get(node.id), node.id], opts.scope);
  return { edges, pageInfo: pageInfoOf(edges, entities.length > opts.first), totalCount };
}
