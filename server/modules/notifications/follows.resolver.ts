import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Follow, FollowKind } from "../../../entities/notifications";
import type { Context } from "../../context";
import { follow, myFollows, unfollow } from "./follows";
import { FollowArgs } from "./notifications.inputs";
import { contextQueriesOf } from "../operations";

export const MyFollowsResolver = contextQueriesOf({ myFollows: [() => [Follow], myFollows, "What the signed-in person follows."] }, { authorized: [] });

@Authorized()
@Resolver(() => Follow)
export class FollowsResolver {
  @Mutation(() => [Follow], { description: "Follows an organisation (id), a marketplace category, a district or a kind of training; returns all one follows." })
  follow(@Ctx() ctx: Context, @Args() args: FollowArgs): Promise<Follow[]> {
    return follow(ctx, args);
  }

  @Mutation(() => [Follow], { description: "Stops following; returns all one still follows." })
  unfollow(@Ctx() ctx: Context, @Args() args: FollowArgs): Promise<Follow[]> {
    return unfollow(ctx, args);
  }

  @FieldResolver(() => String, { description: "What the value names: an organisation's name (its value is the id), else the value itself." })
  async label(@Root() f: Follow, @Ctx() ctx: Context): Promise<string> {
    if (f.kind !== FollowKind.ORGANIZATION) return f.value;
    return (await ctx.loaders.organizationById.load(f.value))?.name ?? f.value;
  }
}
