import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Booking, Demand, ItemRequest, Offer } from "../../../entities/marketplace";
import type { Context } from "../../context";
import { bookingRequestsForMe, extensionRequestsForMe, itemRequestsForMe, myOrganizationOffers } from "./owner-inbox.service";

/** "Waiting for me" as an owner, and the own organisation's offers — for Moje sprawy. */
@Authorized()
@Resolver()
export class OwnerInboxResolver {
  @Query(() => [Booking], { description: "Booking requests (REQUESTED) on the notices the signed-in person owns, oldest first." })
  bookingRequestsForMe(@Ctx() ctx: Context): Promise<Booking[]> {
    return bookingRequestsForMe(ctx);
  }

  @Query(() => [Booking], { description: "Approved loans on the notices the signed-in person owns whose borrower asked for an extension (extensionTo set), oldest first." })
  extensionRequestsForMe(@Ctx() ctx: Context): Promise<Booking[]> {
    return extensionRequestsForMe(ctx);
  }

  @Query(() => [ItemRequest], { description: "Item requests (REQUESTED) on the notices the signed-in person owns, oldest first." })
  itemRequestsForMe(@Ctx() ctx: Context): Promise<ItemRequest[]> {
    return itemRequestsForMe(ctx);
  }

  @Query(() => [Offer], { description: "Offers of the signed-in person's organisation, newest first (empty without one)." })
  myOrganizationOffers(@Ctx() ctx: Context): Promise<Offer[]> {
    return myOrganizationOffers(ctx);
  }
}

@Resolver(() => Offer)
export class OfferDemandResolver {
  @FieldResolver(() => Demand, { nullable: true, description: "The demand the offer answers." })
  demand(@Root() o: Offer, @Ctx() ctx: Context): Promise<Demand | null> {
    return ctx.loaders.demandById.load(o.demandId);
  }
}
