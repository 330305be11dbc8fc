import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { CacheDomain, Counting, Judging } from "./result-cache";

/*
 * The result cache's statements over the kept changed rows (`cache_change_rows`, read as the
 * domain's table): whether a question's rows changed, and how a counted question's count moved.
 * What they mean and when they are asked: server/result-cache.ts, which re-exports them.
 */

/**
 * Whether a change of `domain` after version `from`, up to `to`, touched a row that `where`
 * selects — the row as it was before the change or after it — or cannot be judged row by
 * row (`rows_from`: a bulk change, a TRUNCATE, rows pruned). The kept rows are read as the
 * domain's table (`table`, under `alias`), so `where` is the question's own filter. One
 * statement, read where the answer would be: a replica is never ahead of the primary, and
 * rows newer than `to` are left out.
 */
export async function rowsChanged<T extends ObjectLiteral>(
  db: DataSource,
  domain: CacheDomain,
  target: EntityTarget<T>,
  table: string,
  alias: string,
  from: string,
  to: string,
  where: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
): Promise<boolean> {
  const qb = db
    .getRepository(target)
    .createQueryBuilder(alias)
    .addCommonTableExpression(
      `SELECT (jsonb_populate_record(NULL::${table}, c.image)).* FROM cache_change_rows c WHERE c.domain = :__domain AND c.version > :__from AND c.version <= :__to`,
      table,
    )
    .select("1")
    .setParameters({ __domain: domain, __from: from, __to: to });
  // A subquery with its named parameters: its text is taken as written, never renumbered.
  const changedRows = where(qb);
  const row = await db
    .createQueryBuilder()
    .select(`EXISTS (${changedRows.getQuery()}) OR EXISTS (SELECT 1 FROM cache_versions v WHERE v.domain = :__domain AND v.rows_from > :__from)`, "changed")
    .from("cache_versions", "one")
    .where("one.domain = :__domain")
    .setParameters(changedRows.getParameters())
    .getRawOne<{ changed: boolean }>();
  return row?.changed ?? true;
}

/**
 * The counting of a question over the rows of `table` (as `alias`) that `where` selects —
 * its conditions, each value written by `param` (which returns its numbered placeholder),
 * at the clock `asOf` when the question depends on it. `count` reads the version in the
 * statement that counts, so the count is exact at it (the version is bumped in the
 * transaction that writes the rows: one snapshot sees both or neither). `changes` reads the
 * kept rows after the older of an answer's and its count's versions, read as the table, and
 * applies `where` to them: whether any is selected after the answer's version, and the count
 * moved by each selected row's sign after the count's.
 * A change twice to one row in one transaction telescopes (its middle image is counted in
 * and out), an insert has no row before and a delete none after. Both statements are raw
 * SQL, so they read where the search's own statements do.
 *
 * With `expiry` (a timestamp column after which the question no longer selects a row —
 * `where` says so at `asOf`), `count` also reads the next expiry after `asOf` in the table
 * and `changes` the next one among the kept rows: until then the clock changes nothing the
 * question selects. All kept rows are judged at the new read's clock, which is right as long
 * as it is before the answer's bound (the caller's check): no row the answer was counted from
 * expired in between, so a row's image from before its change is judged at the new clock as
 * it was at the old one, and an image in the middle of a transaction is counted in and out alike.
 *
 * `judging` judges many questions of one table in one statement (`judgeTogether`, result-cache.ts):
 * one scan of the kept rows, and for each question the aggregates its own statement would read
 * (`changes` is that statement for one question), plus the last expiry at or before `asOf`.
 */
export function rowCounting(
  db: DataSource,
  domain: CacheDomain,
  table: string,
  alias: string,
  where: (param: (v: unknown) => string, asOf: Date) => string,
  opts: { expiry?: string } = {},
): Pick<Counting<object>, "count" | "changes" | "judging"> {
  const { expiry } = opts;
  const ms = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).getTime());
  // Each item's conditions become filters of three aggregates over one scan of the kept rows
  // after the oldest version any item asks about: what it selects after its answer's version,
  // the signs it selects after its count's, and (with `expiry`) the next expiry after `asOf`
  // of every kept row after the older of the two — what one item's own statement would read.
  const judge: Judging["judge"] = async (items, asOf) => {
    const oldest = items.reduce((m, i) => [i.answer, i.count.version].reduce((a, b) => (BigInt(b) < BigInt(a) ? b : a), m), items[0].answer);
    const params: unknown[] = [domain, oldest];
    const param = (v: unknown) => `$${params.push(v)}`;
    const at = expiry ? param(asOf) : "";
    const last = expiry ? `max(${alias}.${expiry}) FILTER (WHERE ${alias}.${expiry} <= ${at})` : "NULL";
    const columns = items.map((item, i) => {
      const [a, c] = [param(item.answer), param(item.count.version)];
      const selects = `(${item.where(param, asOf)})`;
      const next = expiry ? `min(${alias}.${expiry}) FILTER (WHERE ${alias}."__version" > least(${a}::bigint, ${c}::bigint) AND ${alias}.${expiry} > ${at})` : "NULL";
      return `count(*) FILTER (WHERE ${alias}."__version" > ${a}::bigint AND ${selects})::int AS "t${i}",
              coalesce(sum(${alias}."__sign") FILTER (WHERE ${alias}."__version" > ${c}::bigint AND ${selects}), 0)::int AS "d${i}",
              ${next} AS "n${i}"`;
    });
    const [row] = await db.query(
      `WITH kept AS (SELECT c.version AS "__version", c.sign AS "__sign", (jsonb_populate_record(NULL::${table}, c.image)).*
                       FROM cache_change_rows c WHERE c.domain = $1 AND c.version > $2::bigint)
       SELECT v.version::text AS version, v.rows_from::text AS "rowsFrom", k.*
         FROM cache_versions v, (SELECT ${columns.join(",\n")}, ${last} AS "__last" FROM kept ${alias}) k
        WHERE v.domain = $1`,
      params,
    );
    if (!row) return items.map(() => null);
    const [version, rowsFrom] = [BigInt(row.version), BigInt(row.rowsFrom)];
    return items.map(({ answer, count }, i) => ({
      version: String(row.version),
      untouched: rowsFrom <= BigInt(answer) && Number(row[`t${i}`]) === 0,
      count: rowsFrom <= BigInt(count.version) && version >= BigInt(count.version) ? count.n + Number(row[`d${i}`]) : null,
      next: ms(row[`n${i}`]),
      last: ms(row.__last),
    }));
  };
  return {
    async count(asOf) {
      const params: unknown[] = [domain];
      const param = (v: unknown) => `$${params.push(v)}`;
      const next = expiry ? `(SELECT min(e.${expiry}) FROM ${table} e WHERE e.${expiry} > ${param(asOf)})` : "NULL";
      const [row] = await db.query(
        `SELECT count(*)::int AS n, (SELECT v.version::text FROM cache_versions v WHERE v.domain = $1) AS version, ${next} AS next
           FROM ${table} ${alias} WHERE ${where(param, asOf)}`,
        params,
      );
      return { n: Number(row.n), version: String(row.version ?? "0"), until: ms(row.next) };
    },
    changes: async (answer, count, asOf) => (await judge([{ where, answer, count }], asOf))[0],
    judging: { group: `${domain}:${table}:${alias}:${expiry ?? ""}`, judge, where },
  };
}
