import { Attachment } from "./attachment.entity";
import { Booking } from "./booking.entity";
import { Demand } from "./demand.entity";
import { DemandAmendment } from "./demand-amendment.entity";
import { DemandQuestion } from "./demand-question.entity";
import { DemandSubscription } from "./demand-subscription.entity";
import { EquipmentNotice } from "./equipment-notice.entity";
import { ItemRequest } from "./item-request.entity";
import { MarketplacePhoto } from "./marketplace-photo.entity";
import { Offer } from "./offer.entity";
import { Product } from "./product.entity";

export * from "./attachment.entity";
export * from "./booking.entity";
export * from "./date.scalar";
export * from "./demand.entity";
export * from "./demand-amendment.entity";
export * from "./demand-question.entity";
export * from "./demand-subscription.entity";
export * from "./equipment-notice.entity";
export * from "./item-request.entity";
export * from "./marketplace-photo.entity";
export * from "./offer.entity";
export * from "./product.entity";

// Entities of the marketplace domain, listed here so that entities/index.ts never changes.
export const marketplaceEntities: Function[] = [EquipmentNotice, Booking, Demand, Offer, Product, DemandSubscription, ItemRequest, MarketplacePhoto, Attachment, DemandQuestion, DemandAmendment];
