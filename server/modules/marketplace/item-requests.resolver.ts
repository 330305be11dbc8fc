import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { EquipmentNotice, ItemRequest } from "../../../entities/marketplace";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { acceptItemRequest, declineItemRequest, myItemRequests, recordItemHandover, requestItem, withdrawItemRequest } from "./item-requests.service";
import { canSeeWhoAsked } from "./marketplace.policy";
import { IdArg } from "../arguments";

@Authorized()
@Resolver(() => ItemRequest)
export class ItemRequestResolver {
  @Query(() => [ItemRequest], { description: "The signed-in person's requests for items." })
  myItemRequests(@Ctx() ctx: Context) {
    return myItemRequests(ctx);
  }

  @Mutation(() => ItemRequest, { description: "Ask for a GIVE_AWAY, EXCHANGE or WANTED item (message to the owner)." })
  requestItem(@Ctx() ctx: Context, @IdArg("noticeId") noticeId: string, @Arg("message", () => String) message: string) {
    return requestItem(ctx, noticeId, message);
  }

  @Mutation(() => ItemRequest, { description: "The owner accepts one request; the notice becomes RESERVED." })
  acceptItemRequest(@Ctx() ctx: Context, @IdArg() id: string) {
    return acceptItemRequest(ctx, id);
  }

  @Mutation(() => ItemRequest, { description: "The owner records that the accepted requester received the item; the notice becomes HANDED_OVER." })
  recordItemHandover(
    @Ctx() ctx: Context,
    @IdArg() id: string,
    @Arg("note", () => String, { nullable: true, description: "At most 2000 characters." }) note: string | null,
  ) {
    return recordItemHandover(ctx, id, note);
  }

  @Mutation(() => ItemRequest)
  declineItemRequest(@Ctx() ctx: Context, @IdArg() id: string) {
    return declineItemRequest(ctx, id);
  }

  @Mutation(() => ItemRequest)
  withdrawItemRequest(@Ctx() ctx: Context, @IdArg() id: string) {
    return withdrawItemRequest(ctx, id);
  }

  @FieldResolver(() => EquipmentNotice)
  notice(@Root() r: ItemRequest, @Ctx() ctx: Context) {
    return ctx.loaders.noticeById.load(r.noticeId);
  }

  @FieldResolver(() => User, { nullable: true, description: "Visible to the requester and the item's owner." })
  async requester(@Root() r: ItemRequest, @Ctx() ctx: Context): Promise<User | null> {
    if (!(await canSeeWhoAsked(ctx, { noticeId: r.noticeId, askerId: r.requesterId }))) return null;
    return ctx.loaders.userById.load(r.requesterId);
  }
}
