import DataLoader from "dataloader";
import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral } from "typeorm";

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

/** A per-request loader of the rows of `entity` whose column `key` holds each id ({@link groupBy}), in `order`: one statement per batch. */
export function loaderByKey<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: FindOptionsOrder<T>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) =>
    groupBy(ids, await db.getRepository(entity).find({ where: { [key]: In([...ids]) } as FindOptionsWhere<T>, order }), (row) => row[key] as string),
  );
}

/**
 * A row as PostgreSQL gave it (`RETURNING *`, plain SQL) as its entity, each column
 * converted as TypeORM converts what it reads: reading an inserted row back was a
 * statement of its own. Relations are not loaded (as `findOneBy` does not).
 */
export function rowAsEntity<T extends ObjectLiteral>(db: Pick<DataSource, "getMetadata" | "driver">, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const meta = db.getMetadata(target);
  const entity = meta.create() as T;
  for (const column of meta.columns) {
    if (!column.isVirtual && column.databaseName in row) column.setEntityValue(entity, db.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}
