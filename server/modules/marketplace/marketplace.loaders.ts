import DataLoader from "dataloader";
import { In, MoreThanOrEqual, Raw, type DataSource } from "typeorm";
import { Booking, BookingStatus, Demand, DemandAmendment, DemandQuestion, EquipmentNotice, ItemRequest, NoticeStatus, Offer, Product } from "../../../entities/marketplace";
import { todayInWarsaw } from "../../../entities/marketplace/date.scalar";
import { loaderById, loaderByKey, loaderByPair, loaderOneByPair } from "../loading";

/** Per-request DataLoaders of the marketplace domain (one SQL statement per relation and page). */
export function createMarketplaceLoaders(db: DataSource) {
  return {
    noticeById: loaderById(db, EquipmentNotice),
    demandById: loaderById(db, Demand),
    /** All bookings of each notice, newest first (owners' view). */
    bookingsByNoticeId: loaderByKey(db, Booking, "noticeId", { fromDate: "ASC", createdAt: "ASC" }),
    /** APPROVED bookings of each notice that have not ended yet (public calendar). */
    approvedPeriodsByNoticeId: loaderByKey(db, Booking, "noticeId", { fromDate: "ASC" }, () => ({
      status: BookingStatus.APPROVED,
      toDate: MoreThanOrEqual(todayInWarsaw()),
    })),
    itemRequestsByNoticeId: loaderByKey(db, ItemRequest, "noticeId", { createdAt: "ASC" }),
    /** Key: `${userId}:${noticeId}` — one person's own bookings of a notice (the borrower's view). */
    bookingsByBorrowerAndNotice: loaderByPair(db, Booking, ["borrower_id", "notice_id"], (b) => `${b.borrowerId}:${b.noticeId}`, {
      orderBy: ["from_date", "created_at"],
    }),
    itemRequestsByRequesterAndNotice: loaderByPair(db, ItemRequest, ["requester_id", "notice_id"], (r) => `${r.requesterId}:${r.noticeId}`, {
      orderBy: ["created_at"],
    }),
    offersByDemandId: loaderByKey(db, Offer, "demandId", { price: "ASC", createdAt: "ASC" }),
    /** Only for a demand's awarded offer (its award is public); never for the sealed others. */
    awardedOfferById: loaderById(db, Offer),
    questionsByDemandId: loaderByKey(db, DemandQuestion, "demandId", { createdAt: "ASC", id: "ASC" }),
    amendmentsByDemandId: loaderByKey(db, DemandAmendment, "demandId", { createdAt: "ASC", id: "ASC" }),
    offerCountByDemandId: new DataLoader<string, number>(async (ids) => {
      const rows: { demand_id: string; n: string }[] = await db.query(
        `SELECT demand_id, count(*) AS n FROM offers WHERE demand_id = ANY($1::uuid[]) GROUP BY demand_id`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.demand_id, Number(r.n)]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
    /** Key: `${demandId}:${organizationId}` — an organisation's own offer. */
    offerByDemandAndOrganization: loaderOneByPair(db, Offer, ["demand_id", "organization_id"], (o) => `${o.demandId}:${o.organizationId}`),
    productsByOrganizationId: loaderByKey(db, Product, "organizationId", { name: "ASC", id: "ASC" }),
    /** Listed (available or reserved, not expired) notices of each organisation. */
    activeNoticesByOrganizationId: loaderByKey(db, EquipmentNotice, "ownerOrganizationId", { createdAt: "DESC" }, () => ({
      status: In([NoticeStatus.AVAILABLE, NoticeStatus.RESERVED]),
      expiresAt: Raw((column) => `(${column} IS NULL OR ${column} > now())`),
    })),
  };
}
