import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { Premises, PremisesPhoto, PremisesViewingSlot } from "../../../entities/premises";

/** Per-request DataLoaders of the premises domain. */
export function createPremisesLoaders(db: DataSource) {
  return {
    premisesById: new DataLoader<string, Premises | null>(async (ids) => {
      const rows = await db.getRepository(Premises).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** Photos of many premises in one statement (search result cards show the first). */
    photosByPremisesId: new DataLoader<string, PremisesPhoto[]>(async (ids) => {
      const rows = await db.getRepository(PremisesPhoto).find({
        where: { premisesId: In([...ids]) },
        order: { position: "ASC", createdAt: "ASC" },
      });
      return ids.map((id) => rows.filter((r) => r.premisesId === id));
    }),
    /** The slots of bookings in one statement (the official's list of bookings). */
    viewingSlotById: new DataLoader<string, PremisesViewingSlot | null>(async (ids) => {
      const rows = await db.getRepository(PremisesViewingSlot).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
