import type { EntityManager } from "typeorm";
import { badInput } from "../errors";

/** Tables whose rows carry a `position` among their siblings. */
type OrderedPhotoTable = "premises_photos" | "marketplace_photos";

/**
 * Writes a new order of an item's photos. `wanted` must name every photo in `current`
 * exactly once, so a page showing a stale list can neither drop nor duplicate a photo.
 * The caller holds a lock on the item, so the set cannot change meanwhile.
 */
export async function writePhotoOrder(em: EntityManager, table: OrderedPhotoTable, current: string[], wanted: string[]): Promise<void> {
  const known = new Set(current);
  if (wanted.length === 0 || wanted.length !== current.length || new Set(wanted).size !== wanted.length || !wanted.every((id) => known.has(id))) {
    throw badInput({ photoIds: "List every photo exactly once" });
  }
  await em.query(`UPDATE ${table} AS p SET position = o.ord - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE p.id = o.id`, [wanted]);
}
