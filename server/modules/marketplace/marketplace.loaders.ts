import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { Booking, BookingStatus, Demand, DemandAmendment, DemandQuestion, EquipmentNotice, ItemRequest, NoticeStatus, Offer, Product } from "../../../entities/marketplace";
import { todayInWarsaw } from "../../../entities/marketplace/date.scalar";
import { groupBy, loaderById, loaderByKey, loaderByPair, loaderOneByPair } from "../loading";

/** Per-request DataLoaders of the marketplace domain (one SQL statement per relation and page). */
export function createMarketplaceLoaders(db: DataSource) {
  return {
    noticeById: loaderById(db, EquipmentNotice),
    demandById: loaderById(db, Demand),
    /** All bookings of each notice, newest first (owners' view). */
    bookingsByNoticeId: loaderByKey(db, Booking, "noticeId", { fromDate: "ASC", createdAt: "ASC" }),
    /** APPROVED bookings of each notice that have not ended yet (public calendar). */
    approvedPeriodsByNoticeId: new DataLoader<string, Booking[]>(async (ids) => {
      const rows = await db
        .getRepository(Booking)
        .createQueryBuilder("b")
        .where("b.notice_id IN (:...ids) AND b.status = :approved AND b.to_date >= :today", {
          ids: [...ids],
          approved: BookingStatus.APPROVED,
          today: todayInWarsaw(),
        })
        .orderBy("b.from_date", "ASC")
        .getMany();
      return groupBy(ids, rows, (b) => b.noticeId);
    }),
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
    activeNoticesByOrganizationId: new DataLoader<string, EquipmentNotice[]>(async (ids) => {
      const rows = await db
        .getRepository(EquipmentNotice)
        .createQueryBuilder("n")
        .where("n.owner_organization_id IN (:...ids)", { ids: [...ids] })
        .andWhere("n.status IN (:...statuses)", { statuses: [NoticeStatus.AVAILABLE, NoticeStatus.RESERVED] })
        .andWhere("(n.expires_at IS NULL OR n.expires_at > now())")
        .orderBy("n.created_at", "DESC")
        .getMany();
      return groupBy(ids, rows, (n) => n.ownerOrganizationId!);
    }),
  };
}
