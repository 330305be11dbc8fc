import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badInput } from "../../errors";
import { checkFirst, decodeCursor, encodeCursor } from "../pagination";

import { isUuid } from "../../ids";

/** LIKE pattern for a free-text search, accent-folded on the SQL side with f_unaccent(). */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[%_\\]/g, "\\$&")}%`;
}

/**
 * Free text as people type it: every word must occur (accent- and case-insensitively) in
 * the folded `expr`, in any order — "namiot festyn" finds "Namiot 3×6 m na festyny".
 */
export function whereWords<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, expr: string, text: string): void {
  text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10)
    .forEach((word, i) => qb.andWhere(`f_unaccent(${expr}) LIKE f_unaccent(:word${i})`, { [`word${i}`]: likePattern(word) }));
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
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
  },
): Promise<Page<T>> {
  checkFirst(opts.first);
  const { alias, sortSql, sortType } = opts;
  const totalCount = await qb.clone().getCount();
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
  const edges = rows.map((node) => ({ cursor: encodeCursor([keys.get(node.id), node.id], opts.scope), node }));
  return {
    edges,
    pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: entities.length > opts.first },
    totalCount,
  };
}
