import type { EntityManager } from "typeorm";
import { EquipmentNotice } from "../../../entities/marketplace";
import { isUuid } from "../../ids";
import { rowAsEntity, selectList } from "../loading";

/**
 * The notice `id` locked for the rest of the transaction (`SHARE` to decide on it, `UPDATE`
 * to change it), or null. In the same statement and before it, its poster's row is
 * share-locked (FOR KEY SHARE, as their notification or audit entry will be): deleting an
 * account locks the person and then their notices, and a change that held the notice first
 * and reached the person only afterwards deadlocked with it (a 500) instead of waiting.
 */
export async function lockNoticeAfterPoster(em: EntityManager, id: string, mode: "SHARE" | "UPDATE"): Promise<EquipmentNotice | null> {
  if (!isUuid(id)) return null;
  const rows: Record<string, unknown>[] = await em.query(
    // The EXISTS is only there to run the CTE (one that is not referred to is never run), as
    // the notice's row is produced and so before it is locked.
    `WITH poster AS (SELECT u.id FROM equipment_notices o JOIN users u ON u.id = o.owner_user_id WHERE o.id = $1 FOR KEY SHARE OF u)
     SELECT ${selectList(em.connection, EquipmentNotice, "n")}, EXISTS (SELECT 1 FROM poster) AS poster_locked
       FROM equipment_notices n WHERE n.id = $1 FOR ${mode} OF n`,
    [id],
  );
  return rows[0] ? rowAsEntity(em.connection, EquipmentNotice, rows[0]) : null;
}
