import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { ItemRequest } from "../../../entities/marketplace";
import type { Context } from "../../context";
import { acceptItemRequest, declineItemRequest, recordItemHandover, requestItem, withdrawItemRequest } from "./item-requests.service";
import { askedOfOwnerFieldsOf } from "./asked-fields";
import { IdArg } from "../arguments";
import { idMutationsOf } from "../operations";

/** The owner's decision and the requester's withdrawal, which need only the request's id. */
export const ItemRequestActionResolver = idMutationsOf(() => ItemRequest, {
  acceptItemRequest: [acceptItemRequest, "The owner accepts one request; the notice becomes RESERVED."],
  declineItemRequest: [declineItemRequest],
  withdrawItemRequest: [withdrawItemRequest],
}, { authorized: [] });

@Authorized()
@Resolver(() => ItemRequest)
export class ItemRequestResolver {
  @Mutation(() => ItemRequest, { description: "Ask for a GIVE_AWAY, EXCHANGE or WANTED item (message to the owner)." })
  requestItem(@Ctx() ctx: Context, @IdArg("noticeId") noticeId: string, @Arg("message", () => String) message: string) {
    return requestItem(ctx, noticeId, message);
  }

  @Mutation(() => ItemRequest, { description: "The owner records that the accepted requester received the item; the notice becomes HANDED_OVER." })
  recordItemHandover(
    @Ctx() ctx: Context,
    @IdArg() id: string,
    @Arg("note", () => String, { nullable: true, description: "At most 2000 characters." }) note: string | null,
  ) {
    return recordItemHandover(ctx, id, note);
  }
}

export const ItemRequestAskedFieldsResolver = askedOfOwnerFieldsOf(ItemRequest, { name: "requester", idOf: (r) => r.requesterId, description: "Visible to the requester and the item's owner." });
