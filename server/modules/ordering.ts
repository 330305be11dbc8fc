import type { EntityManager } from "typeorm";
import { badInput } from "../errors";

/** Tables whose rows carry a `position` among their siblings. */
type OrderedTable = "premises_photos" | "marketplace_photos" | "programme_partners";

/**
 * Writes a new order of a list (an item's photos, the programme's partners) in one
 * statement. `wanted` must name every id in `current` exactly once, so a page showing a
 * stale list can neither drop nor duplicate an entry; BAD_USER_INPUT on `field`
 * otherwise. The caller holds a lock, so the set cannot change meanwhile.
 */
export async function writeOrder(em: EntityManager, table: OrderedTable, current: string[], wanted: string[], field: string): Promise<void> {
  const known = new Set(current);
  if (wanted.length !== current.length || new Set(wanted).size !== wanted.length || !wanted.every((id) => known.has(id))) {
    throw badInput({ [field]: "List every entry exactly once" });
  }
  if (!wanted.length) return;
  await em.query(`UPDATE ${table} AS t SET position = o.ord - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE t.id = o.id`, [wanted]);
}

/** `writeOrder` for rows the caller has read (locked): the same rows in the new order, each with its new position. */
export async function reorderRows<T extends { id: string; position: number }>(em: EntityManager, table: OrderedTable, rows: T[], wanted: string[], field: string): Promise<T[]> {
  await writeOrder(em, table, rows.map((r) => r.id), wanted, field);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return wanted.map((id, i) => Object.assign(byId.get(id)!, { position: i }));
}
