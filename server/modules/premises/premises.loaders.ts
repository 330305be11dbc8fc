import type { DataSource } from "typeorm";
import { Premises, PremisesPhoto, PremisesViewingSlot } from "../../../entities/premises";
import { loaderById, loaderByKey } from "../loading";

/** Per-request DataLoaders of the premises domain. */
export function createPremisesLoaders(db: DataSource) {
  return {
    premisesById: loaderById(db, Premises),
    /** Photos of many premises in one statement (search result cards show the first). */
    photosByPremisesId: loaderByKey(db, PremisesPhoto, "premisesId", { position: "ASC", createdAt: "ASC" }),
    /** The slots of bookings in one statement (the official's list of bookings). */
    viewingSlotById: loaderById(db, PremisesViewingSlot),
  };
}
