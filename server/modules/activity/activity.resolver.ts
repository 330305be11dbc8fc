import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { waitingForMe } from "./activity.service";
import { WaitingCounts } from "./activity.types";

@Resolver()
export class ActivityResolver {
  @Authorized()
  @Query(() => WaitingCounts, { description: "Counts of what waits for the signed-in person's decision (header badge, dashboard)." })
  waitingForMe(@Ctx() ctx: Context): Promise<WaitingCounts> {
    return waitingForMe(ctx);
  }
}
