import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { Premises, PremisesLettingRound, PremisesPhoto, PremisesViewingSlot } from "../../../entities/premises";
import { groupBy, loaderById, rowAsEntity, selectList } from "../loading";

/**
 * Photos of many premises in one statement (search result cards show the first), written as
 * SQL: every `/premises` page asks it, and it was the page's last statement built by TypeORM
 * on each request.
 */
function photosByPremisesId(db: DataSource): DataLoader<string, PremisesPhoto[]> {
  return new DataLoader<string, PremisesPhoto[]>(async (ids) => {
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT ${selectList(db, PremisesPhoto, "ph")} FROM premises_photos ph
        WHERE ph.premises_id = ANY($1::uuid[]) ORDER BY ph.position ASC, ph.created_at ASC`,
      [[...ids]],
    );
    return groupBy(
      ids,
      rows.map((r) => rowAsEntity(db, PremisesPhoto, r)),
      (photo) => photo.premisesId,
    );
  });
}

/** Per-request DataLoaders of the premises domain. */
export function createPremisesLoaders(db: DataSource) {
  return {
    premisesById: loaderById(db, Premises),
    photosByPremisesId: photosByPremisesId(db),
    /** The slots of bookings in one statement (the official's list of bookings). */
    viewingSlotById: loaderById(db, PremisesViewingSlot),
    /** The rounds of applications in one statement (Moje sprawy's list of one's applications). */
    lettingRoundById: loaderById(db, PremisesLettingRound),
  };
}
