import type { DomainModule } from "../module";
import { BookingActionResolver, BookingAskedFieldsResolver, BookingResolver } from "./bookings.resolver";
import { DemandListResolver, DemandQuestionResolver, DemandResolver, OfferResolver } from "./demands.resolver";
import { EquipmentNoticeEditResolver, EquipmentNoticeListResolver, EquipmentNoticeResolver } from "./equipment.resolver";
import { ItemRequestActionResolver, ItemRequestAskedFieldsResolver, ItemRequestResolver } from "./item-requests.resolver";
import { OrganizationOffersResolver } from "./organization-offers.resolver";
import { ProductEditResolver, ProductListResolver, ProductResolver } from "./products.resolver";
import { seedMarketplace } from "./marketplace.seed";
import { OfferDemandResolver, OwnerInboxResolver } from "./owner-inbox.resolver";
import {
  AttachmentResolver,
  DemandMediaResolver,
  EquipmentNoticeMediaResolver,
  MarketplacePhotoResolver,
  MarketplacePhotoUrlResolver,
  OfferMediaResolver,
  ProductMediaResolver,
} from "./media.resolver";
import { sendDemandDigests } from "./subscriptions.service";
import { bookingsJobs } from "./bookings.jobs";

export const marketplaceModule: DomainModule = {
  name: "marketplace",
  resolvers: [
    EquipmentNoticeListResolver,
    EquipmentNoticeResolver,
    EquipmentNoticeEditResolver,
    BookingResolver,
    BookingActionResolver,
    BookingAskedFieldsResolver,
    ItemRequestResolver,
    ItemRequestActionResolver,
    ItemRequestAskedFieldsResolver,
    DemandListResolver,
    DemandResolver,
    OfferResolver,
    DemandQuestionResolver,
    ProductListResolver,
    ProductResolver,
    ProductEditResolver,
    OrganizationOffersResolver,
    MarketplacePhotoResolver,
    MarketplacePhotoUrlResolver,
    AttachmentResolver,
    EquipmentNoticeMediaResolver,
    ProductMediaResolver,
    DemandMediaResolver,
    OfferMediaResolver,
    OwnerInboxResolver,
    OfferDemandResolver,
  ],
  seed: seedMarketplace,
  jobs: [{ name: "marketplace.demand-digest", everySeconds: 900, run: async (db) => void (await sendDemandDigests(db)) }, ...bookingsJobs],
};
