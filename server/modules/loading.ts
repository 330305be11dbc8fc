import DataLoader from "dataloader";
import { In, type DataSource, type EntityMetadata, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral } from "typeorm";

/**
 * The two shapes a DataLoader batch function returns, written once for every domain's
 * loaders: one row (or null) per id, and the list of rows per key — both in the order of
 * the keys DataLoader asked for.
 */

/** One row per id, null where there is none. */
export function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** The rows of each key (an empty list where there are none). */
export function groupBy<T>(keys: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (!map.has(k)) map.set(k, []);
    map.get(k)!.push(r);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** A per-request loader of the rows of `entity` by id ({@link byId}): one statement per batch. */
export function loaderById<T extends { id: string }>(db: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) =>
    byId(ids, await db.getRepository(entity).findBy({ id: In([...ids]) } as unknown as FindOptionsWhere<T>)),
  );
}

/**
 * A per-request loader of the rows of `entity` whose column `key` holds each id ({@link groupBy}), in `order`: one statement per batch;
 * `where` narrows them further (made for each batch, so that a condition on the clock is read when the batch runs).
 */
export function loaderByKey<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: FindOptionsOrder<T>,
  where?: () => FindOptionsWhere<T>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) =>
    groupBy(ids, await db.getRepository(entity).find({ where: { ...where?.(), [key]: In([...ids]) } as FindOptionsWhere<T>, order }), (row) => row[key] as string),
  );
}

/**
 * The rows of `entity` whose two uuid columns (database names) hold the pair of each key
 * `${first}:${second}`, in one statement for the batch, ordered by `orderBy` (ascending);
 * `where` narrows them further (the alias is `row`).
 */
function rowsByPairs<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  [first, second]: readonly [string, string],
  keys: readonly string[],
  { orderBy = [], where }: PairOptions,
): Promise<T[]> {
  const pairs = keys.map((k) => k.split(":"));
  const qb = db
    .getRepository(entity)
    .createQueryBuilder("row")
    .where(`(row.${first}, row.${second}) IN (SELECT * FROM unnest(CAST(:firsts AS uuid[]), CAST(:seconds AS uuid[])))`, {
      firsts: pairs.map((p) => p[0]),
      seconds: pairs.map((p) => p[1]),
    });
  if (where) qb.andWhere(where);
  for (const column of orderBy) qb.addOrderBy(`row.${column}`, "ASC");
  return qb.getMany();
}

interface PairOptions {
  /** Database columns to order each key's rows by, ascending. */
  orderBy?: string[];
  /** A further SQL condition on `row`. */
  where?: string;
}

/** The batch of {@link loaderByPair}: each key's rows ({@link rowsByPairs}), `keyOf` giving a row's key. */
function rowsOfPairs<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  columns: readonly [string, string],
  keyOf: (row: T) => string,
  options: PairOptions = {},
): (keys: readonly string[]) => Promise<T[][]> {
  return async (keys) => groupBy(keys, await rowsByPairs(db, entity, columns, keys, options), keyOf);
}

/** A per-request loader of the rows of each `${first}:${second}` key: `(db, Entity, [first, second], keyOf, { orderBy, where })`. */
export function loaderByPair<T extends ObjectLiteral>(...args: Parameters<typeof rowsOfPairs<T>>): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(rowsOfPairs(...args));
}

/** {@link loaderByPair} where a key has at most one row (a unique index says so): that row or null. */
export function loaderOneByPair<T extends ObjectLiteral>(...args: Parameters<typeof rowsOfPairs<T>>): DataLoader<string, T | null> {
  const rowsOf = rowsOfPairs(...args);
  return new DataLoader<string, T | null>(async (keys) => (await rowsOf(keys)).map((rows) => rows[0] ?? null));
}

/**
 * A row as PostgreSQL gave it (`RETURNING *`, plain SQL) as its entity, each column
 * converted as TypeORM converts what it reads: reading an inserted row back was a
 * statement of its own. Relations are not loaded (as `findOneBy` does not).
 */
export function rowAsEntity<T extends ObjectLiteral>(db: Pick<DataSource, "getMetadata" | "driver">, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const meta = db.getMetadata(target);
  const entity = meta.create() as T;
  const record = entity as Record<string, unknown>;
  for (const { column, name, property, kind } of hydrationOf(meta)) {
    if (!(name in row)) continue;
    const value = row[name];
    // What the driver would hand back unchanged is set as it is (most columns of a list's rows).
    if (kind === PLAIN || (kind === TIMESTAMP && (value === null || value instanceof Date))) record[property] = value;
    else column.setEntityValue(entity, db.driver.prepareHydratedValue(value, column));
  }
  return entity;
}

const PLAIN = 0;
const TIMESTAMP = 1;
const CONVERTED = 2;

/**
 * The column types PostgreSQL's driver converts on reading (TypeORM's
 * `PostgresDriver.prepareHydratedValue`): any other column without a transformer comes back
 * as `pg` parsed it. Timestamps are left alone when `pg` already made a Date of them.
 */
const CONVERTED_TYPES = new Set<unknown>([
  Boolean, Number, Date, "datetime", "date", "time", "vector", "halfvec", "hstore", "simple-array", "simple-json", "cube", "enum", "simple-enum",
]);
const TIMESTAMP_TYPES = new Set<unknown>(["timestamp", "timestamptz", "timestamp with time zone", "timestamp without time zone"]);

type ColumnMetadata = EntityMetadata["columns"][number];
type Hydration = { column: ColumnMetadata; name: string; property: string; kind: typeof PLAIN | typeof TIMESTAMP | typeof CONVERTED }[];
const hydrations = new WeakMap<object, Hydration>();

/** How each stored column of an entity becomes its property, decided once per entity: hydrating a list's rows was ~9 % of its CPU. */
function hydrationOf(meta: EntityMetadata): Hydration {
  let plan = hydrations.get(meta);
  if (!plan) {
    plan = meta.columns
      .filter((c) => !c.isVirtual)
      .map((column) => {
        const special = column.transformer !== undefined || column.embeddedMetadata !== undefined;
        const kind = special || CONVERTED_TYPES.has(column.type) ? CONVERTED : TIMESTAMP_TYPES.has(column.type) ? TIMESTAMP : PLAIN;
        return { column, name: column.databaseName, property: column.propertyName, kind };
      });
    hydrations.set(meta, plan);
  }
  return plan;
}

const selectLists = new WeakMap<object, Map<string, string>>();

/**
 * The columns a query builder would read for `target` as `alias."column", …` — without
 * those marked `select: false` unless their property is named in `also` — made once per
 * entity and alias. For a statement on a hot path that is written as SQL (the query
 * builder rebuilt the same text on every request; with {@link rowAsEntity} the row still
 * becomes the entity as TypeORM reads it).
 */
export function selectList<T extends ObjectLiteral>(
  db: Pick<DataSource, "getMetadata">,
  target: EntityTarget<T>,
  alias: string,
  also: readonly (keyof T & string)[] = [],
): string {
  const meta = db.getMetadata(target);
  let byKey = selectLists.get(meta);
  if (!byKey) selectLists.set(meta, (byKey = new Map()));
  const key = `${alias}:${also.join(",")}`;
  let list = byKey.get(key);
  if (list === undefined) {
    list = meta.columns
      .filter((c) => !c.isVirtual && (c.isSelect || also.includes(c.propertyName as keyof T & string)))
      .map((c) => `"${alias}"."${c.databaseName}"`)
      .join(", ");
    byKey.set(key, list);
  }
  return list;
}
