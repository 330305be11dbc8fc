import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Premises, PremisesOrder, PremisesStatus } from "../../../entities/premises";
import { badInput } from "../../errors";
import { andWhereAll, checkFirst, decodeCursor, edgesOf, escapeLike, pageInfoOf, sqlParams } from "../pagination";
import type { PremisesFilter } from "./premises.inputs";
import type { PremisesConnection, PremisesFacets, PremisesMapPoints } from "./premises.types";
import { isUuid } from "../../ids";
import { cachedRead } from "../../result-cache";
import { rowCounting, rowsChanged } from "../../result-cache-rows";
import { rowAsEntity, selectList } from "../loading";

/** The folded search text (kept by a trigger), indexed with a trigram GIN index. */
const SEARCH_TEXT = `p.search_text`;

interface OrderSpec {
  /** SQL column of the alias `p`. */
  column: string;
  /** Entity property, to read the cursor value off a row. */
  property: "monthlyRent" | "areaM2" | "rentPerM2" | "createdAt";
  direction: "ASC" | "DESC";
}

/** Every order sorts on one column, then on `id` ascending, so the order is total. */
const ORDERS: Record<PremisesOrder, OrderSpec> = {
  [PremisesOrder.RENT_ASC]: { column: "p.monthly_rent", property: "monthlyRent", direction: "ASC" },
  [PremisesOrder.RENT_DESC]: { column: "p.monthly_rent", property: "monthlyRent", direction: "DESC" },
  [PremisesOrder.AREA_ASC]: { column: "p.area_m2", property: "areaM2", direction: "ASC" },
  [PremisesOrder.AREA_DESC]: { column: "p.area_m2", property: "areaM2", direction: "DESC" },
  [PremisesOrder.RENT_PER_M2_ASC]: { column: "p.rent_per_m2", property: "rentPerM2", direction: "ASC" },
  [PremisesOrder.NEWEST]: { column: "p.created_at", property: "createdAt", direction: "DESC" },
};


/**
 * Cross-field rules of the filter (the per-field ones are on PremisesFilter) and its
 * normal form: empty lists and blank text mean "no filter".
 */
export function normaliseFilter(filter: PremisesFilter | null | undefined): PremisesFilter {
  const f: PremisesFilter = { ...(filter ?? {}) };
  for (const key of ["areaMin", "areaMax", "rentMin", "rentMax"] as const) {
    const v = f[key];
    if (v !== null && v !== undefined && (!Number.isFinite(v) || v < 0)) {
      throw badInput({ [key]: "Must be a finite number, 0 or more" });
    }
  }
  if (f.areaMin != null && f.areaMax != null && f.areaMin > f.areaMax) {
    throw badInput({ areaMin: "Must not be greater than areaMax" });
  }
  if (f.rentMin != null && f.rentMax != null && f.rentMin > f.rentMax) {
    throw badInput({ rentMin: "Must not be greater than rentMax" });
  }
  if (f.districts && !f.districts.length) f.districts = null;
  if (f.status && !f.status.length) f.status = null;
  if (f.conditions && !f.conditions.length) f.conditions = null;
  if (f.utilities && !f.utilities.length) f.utilities = null;
  const text = f.text?.trim();
  f.text = text ? text : null;
  return f;
}

/**
 * The filter's conditions on `p`, each value written by `param` (which returns its
 * placeholder), so that one text serves both the query builder ({@link applyFilter}) and
 * the search's written SQL. `except` leaves one part out (the district facet counts every
 * district).
 */
function filterConditions(f: PremisesFilter, param: (v: unknown) => string, except?: "districts"): string[] {
  const where: string[] = [];
  const list = (values: unknown[]) => values.map(param).join(", ");
  if (f.areaMin != null) where.push(`p.area_m2 >= ${param(f.areaMin)}`);
  if (f.areaMax != null) where.push(`p.area_m2 <= ${param(f.areaMax)}`);
  if (f.rentMin != null) where.push(`p.monthly_rent >= ${param(f.rentMin)}`);
  if (f.rentMax != null) where.push(`p.monthly_rent <= ${param(f.rentMax)}`);
  if (f.districts && except !== "districts") where.push(`p.district IN (${list(f.districts)})`);
  if (f.status) where.push(`p.status IN (${list(f.status)})`);
  else where.push(`p.status <> ${param(PremisesStatus.WITHDRAWN)}`);
  if (f.stepFree != null) where.push(`p.step_free = ${param(f.stepFree)}`);
  if (f.conditions) where.push(`p.condition IN (${list(f.conditions)})`);
  if (f.utilities) where.push(`p.utilities @> ${param(f.utilities)}::text[]`);
  if (f.preferentialRent != null) where.push(`p.preferential_rent = ${param(f.preferentialRent)}`);
  if (f.ownerId) where.push(`p.owner_id = ${param(f.ownerId)}`);
  if (f.text) {
    // Every word must occur (as a substring) or nearly occur (trigram word similarity,
    // which forgives a small typo); both forms are served by the trigram GIN index.
    const words = f.text.split(/\s+/).filter(Boolean).slice(0, 10);
    for (const word of words) {
      const exact = `${SEARCH_TEXT} LIKE '%' || f_unaccent(${param(escapeLike(word))}) || '%'`;
      where.push(word.length >= 3 ? `(${exact} OR f_unaccent(${param(word)}) <% ${SEARCH_TEXT})` : exact);
    }
  }
  return where;
}

/**
 * Adds the filter's conditions to a query on `p`. `except` leaves one part out
 * (the district facet counts every district).
 */
export function applyFilter(
  qb: SelectQueryBuilder<Premises>,
  f: PremisesFilter,
  except?: "districts",
): SelectQueryBuilder<Premises> {
  return andWhereAll(qb, "pf", (param) => filterConditions(f, param, except));
}

/** A written statement over the premises `p` that `f` selects (`where` is its conditions joined). */
function whereFiltered<R>(db: DataSource, f: PremisesFilter, sql: (where: string, param: (v: unknown) => string) => string, except?: "districts"): Promise<R[]> {
  const { params, param } = sqlParams();
  return db.query(sql(filterConditions(f, param, except).join(" AND "), param), params);
}

/**
 * For the result cache: whether a premises change after version `from`, up to `to`, may
 * alter an answer about what `filter` selects (`except` as in {@link applyFilter}; the
 * facets count every district) — i.e. whether a changed row, before or after, matches it.
 */
export function premisesChangedSince(db: DataSource, filter: PremisesFilter | null | undefined, except?: "districts") {
  return (from: string, to: string) =>
    rowsChanged(db, "premises", Premises, "premises", "p", from, to, (qb) => applyFilter(qb, normaliseFilter(filter), except));
}

/**
 * A read of what `filter` selects (the facets, the map's points) through the result cache,
 * kept until a change may alter it ({@link premisesChangedSince}, with its `except`).
 */
export function cachedFilterRead<T extends object>(
  db: DataSource,
  operation: string,
  filter: PremisesFilter | null,
  read: (db: DataSource, filter: PremisesFilter | null) => Promise<T>,
  except?: "districts",
): Promise<T> {
  return cachedRead(db, "premises", operation, { filter }, () => read(db, filter), { changedSince: premisesChangedSince(db, filter, except) });
}

/** For the result cache: the search's count kept over writes by the kept changed rows its filter selects. */
export function premisesCounting(db: DataSource, filter: PremisesFilter | null | undefined) {
  return rowCounting(db, "premises", "premises", "p", (param) => filterConditions(normaliseFilter(filter), param).join(" AND "));
}

/**
 * `premisesSearch` of the contract: keyset pagination over (sort column, id), an exact
 * total, two SQL statements whatever `first` is. `counted` gives the total instead (the
 * result cache's, kept over writes): then only the page is read.
 */
export async function searchPremises(
  db: DataSource,
  args: { filter?: PremisesFilter | null; orderBy?: PremisesOrder | null; first?: number | null; after?: string | null },
  counted?: () => Promise<number>,
): Promise<PremisesConnection> {
  const first = args.first ?? 20;
  checkFirst(first);
  const orderBy = args.orderBy ?? PremisesOrder.RENT_ASC;
  const order = ORDERS[orderBy];
  const f = normaliseFilter(args.filter);
  let after: [unknown, string] | null = null;
  if (args.after != null) {
    const [value, id] = decodeCursor(args.after, 2, `premises:${orderBy}`);
    const valueOk = orderBy === PremisesOrder.NEWEST
      ? typeof value === "string" && !Number.isNaN(Date.parse(value))
      : typeof value === "number" && Number.isFinite(value);
    if (!valueOk || !isUuid(id)) throw badInput({ after: "Invalid cursor" });
    after = [value, id];
  }

  // The most read list of the site: its SQL is written rather than built by a query builder
  // on each request (building and hydrating were ~15 % of its CPU, README, Performance).
  const page = async () => {
    const { params, param } = sqlParams();
    const where = filterConditions(f, param);
    if (after) {
      const cmp = order.direction === "ASC" ? ">" : "<";
      const cv = param(after[0]);
      where.push(`(${order.column} ${cmp} ${cv} OR (${order.column} = ${cv} AND p.id > ${param(after[1])}))`);
    }
    const found: Record<string, unknown>[] = await db.query(
      `SELECT ${selectList(db, Premises, "p")} FROM premises p WHERE ${where.join(" AND ")}
        ORDER BY ${order.column} ${order.direction}, p.id ASC LIMIT ${param(first + 1)}`,
      params,
    );
    return found.map((row) => rowAsEntity(db, Premises, row));
  };
  const count = async () => (await whereFiltered<{ n: number }>(db, f, (where) => `SELECT count(*)::int AS n FROM premises p WHERE ${where}`))[0].n;
  const [rows, totalCount] = await Promise.all([page(), (counted ?? count)()]);

  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const edges = edgesOf(nodes, (node) => [node[order.property], node.id], `premises:${orderBy}`);
  return { edges, totalCount, pageInfo: pageInfoOf(edges, hasNextPage) };
}

/** Up to `limit` premises of a search in its order (for the CSV export), one statement. */
export async function listForExport(
  db: DataSource,
  args: { filter?: PremisesFilter | null; orderBy?: PremisesOrder | null; limit?: number | null },
): Promise<Premises[]> {
  const limit = args.limit ?? 1000;
  checkFirst(limit, "limit", 5000);
  const order = ORDERS[args.orderBy ?? PremisesOrder.RENT_ASC];
  return applyFilter(db.getRepository(Premises).createQueryBuilder("p"), normaliseFilter(args.filter))
    .orderBy(order.column, order.direction)
    .addOrderBy("p.id", "ASC")
    .limit(limit)
    .getMany();
}

/**
 * The most markers the map endpoint returns: every match of a search in Toruń fits (the
 * city has a few hundred premises), and a broad search of a huge base stays a bounded
 * response (≈100 bytes a point, ≈200 kB at most) — beyond it `truncated` says so.
 */
export const MAX_MAP_POINTS = 2000;

/**
 * Every match of a search that has coordinates — id, position and address only — for the
 * clustered map; one statement, at most {@link MAX_MAP_POINTS} points plus the count.
 */
export async function mapPoints(db: DataSource, filter: PremisesFilter | null | undefined): Promise<PremisesMapPoints> {
  const f = normaliseFilter(filter);
  const rows = await applyFilter(db.getRepository(Premises).createQueryBuilder("p"), f)
    .andWhere("p.latitude IS NOT NULL AND p.longitude IS NOT NULL")
    .select("p.id", "id")
    .addSelect("p.latitude::float8", "latitude")
    .addSelect("p.longitude::float8", "longitude")
    .addSelect("p.address", "title")
    .addSelect("count(*) OVER ()::int", "total")
    .orderBy("p.id", "ASC")
    .limit(MAX_MAP_POINTS)
    .getRawMany<{ id: string; latitude: number; longitude: number; title: string; total: number }>();
  const totalCount = rows[0]?.total ?? 0;
  return {
    points: rows.map(({ id, latitude, longitude, title }) => ({ id, latitude, longitude, title })),
    totalCount,
    truncated: totalCount > rows.length,
  };
}

/** Rounds a histogram step up to 1, 2 or 5 × 10ⁿ so the buckets read well. */
function niceStep(raw: number): number {
  if (raw <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

/** Counts and ranges for the search page: per district, min/max area and rent, rent histogram. */
export async function premisesFacets(db: DataSource, filter: PremisesFilter | null | undefined): Promise<PremisesFacets> {
  const f = normaliseFilter(filter);
  // Written SQL, like the search beside it on the same page: building three statements was
  // ~8 % of the page's data CPU (bench/request-cost.ts --op=P).
  type Stats = { count: number; areaMin: number | null; areaMax: number | null; rentMin: number | null; rentMax: number | null };
  const [districtRows, [stats]] = await Promise.all([
    whereFiltered<{ district: string; count: number }>(
      db,
      f,
      (where) => `SELECT p.district AS district, count(*)::int AS count FROM premises p WHERE ${where} GROUP BY p.district ORDER BY p.district ASC`,
      "districts",
    ),
    whereFiltered<Stats>(
      db,
      f,
      (where) => `SELECT count(*)::int AS count, min(p.area_m2)::float8 AS "areaMin", max(p.area_m2)::float8 AS "areaMax",
        min(p.monthly_rent)::float8 AS "rentMin", max(p.monthly_rent)::float8 AS "rentMax" FROM premises p WHERE ${where}`,
    ),
  ]);
  const s = stats ?? { count: 0, areaMin: null, areaMax: null, rentMin: null, rentMax: null };
  let rentHistogram: PremisesFacets["rentHistogram"] = [];
  if (s.count > 0 && s.rentMin != null && s.rentMax != null) {
    const step = niceStep((s.rentMax - s.rentMin) / 8);
    const lo = Math.floor(s.rentMin / step) * step;
    const buckets = Math.max(1, Math.floor((s.rentMax - lo) / step) + 1);
    const rows = await whereFiltered<{ bucket: number; count: number }>(
      db,
      f,
      (where, param) =>
        `SELECT LEAST(floor((p.monthly_rent - ${param(lo)}) / ${param(step)})::int, ${param(buckets - 1)}) AS bucket, count(*)::int AS count
           FROM premises p WHERE ${where} GROUP BY bucket`,
    );
    const counts = new Map(rows.map((r) => [Number(r.bucket), r.count]));
    rentHistogram = Array.from({ length: buckets }, (_, i) => ({
      from: lo + i * step,
      to: lo + (i + 1) * step,
      count: counts.get(i) ?? 0,
    }));
  }
  return {
    totalCount: s.count,
    districts: districtRows.map((r) => ({ district: r.district, count: Number(r.count) })),
    areaMin: s.areaMin,
    areaMax: s.areaMax,
    rentMin: s.rentMin,
    rentMax: s.rentMax,
    rentHistogram,
  };
}
