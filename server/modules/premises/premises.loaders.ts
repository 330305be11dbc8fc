import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { Premises, PremisesPhoto, PremisesViewingSlot } from "../../../entities/premises";
import { groupBy, loaderById } from "../loading";

/** Per-request DataLoaders of the premises domain. */
export function createPremisesLoaders(db: DataSource) {
  return {
    premisesById: loaderById(db, Premises),
    /** Photos of many premises in one statement (search result cards show the first). */
    photosByPremisesId: new DataLoader<string, PremisesPhoto[]>(async (ids) =>
      groupBy(
        ids,
        await db.getRepository(PremisesPhoto).find({ where: { premisesId: In([...ids]) }, order: { position: "ASC", createdAt: "ASC" } }),
        (p) => p.premisesId,
      ),
    ),
    /** The slots of bookings in one statement (the official's list of bookings). */
    viewingSlotById: loaderById(db, PremisesViewingSlot),
  };
}
