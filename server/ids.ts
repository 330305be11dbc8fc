import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";
import type { Context } from "./context";
import { forbidden, notFound } from "./errors";
import { requireUser } from "./auth/require-user";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are uuids; anything else cannot name a row. Checking first keeps PostgreSQL from
 * answering a malformed id with an error (which would otherwise surface as a 500).
 */
export const isUuid = (v: unknown): v is string => typeof v === "string" && UUID.test(v);

/** The row of `entity` with id `id`, or null: an id that is no uuid names no row either. */
export async function findById<T extends ObjectLiteral>(db: Pick<EntityManager, "getRepository">, entity: EntityTarget<T>, id: string): Promise<T | null> {
  return isUuid(id) ? db.getRepository(entity).findOneBy({ id } as unknown as FindOptionsWhere<T>) : null;
}

/** {@link findById} through a per-request loader of rows by id (`ctx.loaders.xById`). */
export async function loadById<T>(loader: { load(id: string): Promise<T | null> }, id: string): Promise<T | null> {
  return isUuid(id) ? loader.load(id) : null;
}

/** The row of `entity` with id `id`, or NOT_FOUND naming `what`: an id that is no uuid names no row either. */
export async function findByIdOrNotFound<T extends ObjectLiteral>(
  db: Pick<EntityManager, "getRepository">,
  entity: EntityTarget<T>,
  id: string,
  what: string,
): Promise<T> {
  const row = await findById(db, entity, id);
  if (!row) throw notFound(what);
  return row;
}

/**
 * The row the signed-in person is about to change: UNAUTHENTICATED, else NOT_FOUND naming `what`,
 * else FORBIDDEN with `refusal` unless `mayChange(row)` (a policy of the row's module).
 */
export async function findChangeableById<T extends ObjectLiteral>(
  ctx: Context,
  entity: EntityTarget<T>,
  id: string,
  what: string,
  mayChange: (row: T) => Promise<boolean>,
  refusal: string,
): Promise<T> {
  requireUser(ctx);
  return changeableOrRefused(await findById(ctx.db, entity, id), what, mayChange, refusal);
}

/** A row found (or locked) by the caller, or NOT_FOUND naming `what`, or FORBIDDEN with `refusal` unless `mayChange(row)`. */
export async function changeableOrRefused<T>(row: T | null, what: string, mayChange: (row: T) => Promise<boolean>, refusal: string): Promise<T> {
  if (!row) throw notFound(what);
  if (!(await mayChange(row))) throw forbidden(refusal);
  return row;
}

/**
 * {@link findByIdOrNotFound} with the row locked (`SELECT … FOR UPDATE`) for the rest of the
 * caller's transaction, so that its checks and its change are decided one at a time.
 */
export async function lockByIdOrNotFound<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, id: string, what: string): Promise<T> {
  const row = isUuid(id) ? await lockOneWhere(em, entity, "row.id = :id", { id }) : null;
  if (!row) throw notFound(what);
  return row;
}

/**
 * The row of `entity` matching the SQL condition `where` (the row's alias is `row`), or null,
 * locked (`SELECT … FOR UPDATE`) for the rest of the caller's transaction.
 */
export function lockOneWhere<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, where: string, params: ObjectLiteral): Promise<T | null> {
  return em.getRepository(entity).createQueryBuilder("row").setLock("pessimistic_write").where(where, params).getOne();
}
