import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Booking, Demand, ItemRequest, Offer } from "../../../entities/marketplace";
import type { Context } from "../../context";
import { contextQueriesOf } from "../operations";
import { myBookings } from "./bookings.service";
import { myItemRequests } from "./item-requests.service";
import { bookingRequestsForMe, extensionRequestsForMe, itemRequestsForMe, myOrganizationOffers } from "./owner-inbox.service";

/** The signed-in person's own requests, what waits for them as an owner, and the own organisation's offers — for Moje sprawy. */
export const OwnerInboxResolver = contextQueriesOf({
  myBookings: [() => [Booking], myBookings, "The signed-in person's booking requests."],
  myItemRequests: [() => [ItemRequest], myItemRequests, "The signed-in person's requests for items."],
  bookingRequestsForMe: [() => [Booking], bookingRequestsForMe, "Booking requests (REQUESTED) on the notices the signed-in person owns, oldest first."],
  extensionRequestsForMe: [
    () => [Booking],
    extensionRequestsForMe,
    "Approved loans on the notices the signed-in person owns whose borrower asked for an extension (extensionTo set), oldest first.",
  ],
  itemRequestsForMe: [() => [ItemRequest], itemRequestsForMe, "Item requests (REQUESTED) on the notices the signed-in person owns, oldest first."],
  myOrganizationOffers: [() => [Offer], myOrganizationOffers, "Offers of the signed-in person's organisation, newest first (empty without one)."],
}, { authorized: [] });

@Resolver(() => Offer)
export class OfferDemandResolver {
  @FieldResolver(() => Demand, { nullable: true, description: "The demand the offer answers." })
  demand(@Root() o: Offer, @Ctx() ctx: Context): Promise<Demand | null> {
    return ctx.loaders.demandById.load(o.demandId);
  }
}
