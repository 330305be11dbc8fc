import { Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Follow } from "../../../entities/notifications";
import type { Context } from "../../context";
import { follow, myFollows, unfollow } from "./follows";
import { FollowArgs } from "./notifications.inputs";

@Resolver(() => Follow)
export class FollowsResolver {
  @Authorized()
  @Query(() => [Follow], { description: "What the signed-in person follows." })
  myFollows(@Ctx() ctx: Context): Promise<Follow[]> {
    return myFollows(ctx);
  }

  @Authorized()
  @Mutation(() => [Follow], { description: "Follows an organisation (id), a marketplace category, a district or a kind of training; returns all one follows." })
  follow(@Ctx() ctx: Context, @Args() args: FollowArgs): Promise<Follow[]> {
    return follow(ctx, args);
  }

  @Authorized()
  @Mutation(() => [Follow], { description: "Stops following; returns all one still follows." })
  unfollow(@Ctx() ctx: Context, @Args() args: FollowArgs): Promise<Follow[]> {
    return unfollow(ctx, args);
  }
}
