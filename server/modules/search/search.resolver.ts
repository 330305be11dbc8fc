import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { search } from "./search.service";
import { SearchConnection, SearchKind } from "./search.types";

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: "One ranked search across premises, trainings, news, organisations, equipment, products and demands (public items only).",
  })
  search(
    @Ctx() ctx: Context,
    @Arg("query") query: string,
    @Arg("kinds", () => [SearchKind], { nullable: true }) kinds: SearchKind[] | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<SearchConnection> {
    return search(ctx.db, { query, kinds, first, after });
  }
}
