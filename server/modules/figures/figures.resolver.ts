import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { programmeFigures } from "./figures.service";
import { FiguresPeriod, ProgrammeFigures } from "./figures.types";

@Resolver()
export class FiguresResolver {
  @Query(() => ProgrammeFigures, { description: "The programme's figures for a period (public; newsletter numbers for OFFICIAL and ADMIN)." })
  programmeFigures(
    @Ctx() ctx: Context,
    @Arg("period", () => FiguresPeriod, { nullable: true }) period: FiguresPeriod | null,
  ): Promise<ProgrammeFigures> {
    const staff = ctx.user?.role === "ADMIN" || ctx.user?.role === "OFFICIAL";
    return programmeFigures(ctx.db, period, staff);
  }
}
