import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { Attachment, MarketplacePhoto, Offer } from "../../../entities/marketplace";
import { groupBy, loaderById } from "../loading";

/** Per-request DataLoaders of the marketplace's photos and attachments (one statement per relation and page). */
export function createMarketplaceMediaLoaders(db: DataSource) {
  const photos = (column: "noticeId" | "productId") =>
    new DataLoader<string, MarketplacePhoto[]>(async (ids) =>
      groupBy(
        ids,
        await db.getRepository(MarketplacePhoto).find({ where: { [column]: In([...ids]) }, order: { position: "ASC", createdAt: "ASC" } }),
        (p) => p[column]!,
      ),
    );
  return {
    photosByNoticeId: photos("noticeId"),
    photosByProductId: photos("productId"),
    attachmentsByDemandId: new DataLoader<string, Attachment[]>(async (ids) =>
      groupBy(
        ids,
        await db.getRepository(Attachment).find({ where: { demandId: In([...ids]) }, order: { createdAt: "ASC", id: "ASC" } }),
        (a) => a.demandId!,
      ),
    ),
    attachmentsByLettingApplicationId: new DataLoader<string, Attachment[]>(async (ids) =>
      groupBy(
        ids,
        await db.getRepository(Attachment).find({ where: { lettingApplicationId: In([...ids]) }, order: { createdAt: "ASC", id: "ASC" } }),
        (a) => a.lettingApplicationId!,
      ),
    ),
    attachmentByOfferId: new DataLoader<string, Attachment | null>(async (ids) => {
      const rows = await db.getRepository(Attachment).find({ where: { offerId: In([...ids]) } });
      const map = new Map(rows.map((r) => [r.offerId!, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    offerById: loaderById(db, Offer),
  };
}
