import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { programmeFigures, programmeFiguresDetail } from "./figures.service";
import { FiguresPeriod, ProgrammeFigures, ProgrammeFiguresDetail } from "./figures.types";
import { STAFF } from "../../auth/roles";

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

  @Authorized(STAFF)
  @Query(() => ProgrammeFiguresDetail, { description: "The monitoring team's detailed figures for a period (OFFICIAL and ADMIN)." })
  programmeFiguresDetail(
    @Ctx() ctx: Context,
    @Arg("period", () => FiguresPeriod, { nullable: true }) period: FiguresPeriod | null,
  ): Promise<ProgrammeFiguresDetail> {
    return programmeFiguresDetail(ctx.db, period);
  }
}
