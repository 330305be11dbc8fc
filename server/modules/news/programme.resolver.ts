import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { ProgrammePage, ProgrammePageRevision } from "../../../entities/news";
import type { Context } from "../../context";
import { ProgrammePageInput } from "./news.inputs";
import { renderNewsBody } from "./news.markdown";
import { findProgrammePage, listProgrammePages, programmePageRevisions, updateProgrammePage } from "./programme.service";

@Resolver(() => ProgrammePage)
export class ProgrammePageResolver {
  @Query(() => [ProgrammePage], { description: "The sections of the programme page (about, monitoring team, awards, partners), in order." })
  programmePages(@Ctx() ctx: Context): Promise<ProgrammePage[]> {
    return listProgrammePages(ctx.db);
  }

  @Query(() => ProgrammePage, { nullable: true })
  programmePage(@Arg("key", () => String) key: string, @Ctx() ctx: Context): Promise<ProgrammePage | null> {
    return findProgrammePage(ctx.db, key);
  }

  @Authorized("ADMIN")
  @Query(() => [ProgrammePageRevision], { description: "ADMIN: saved versions of a section, newest first." })
  programmePageRevisions(@Arg("key", () => String) key: string, @Ctx() ctx: Context): Promise<ProgrammePageRevision[]> {
    return programmePageRevisions(ctx.db, key);
  }

  @Authorized("ADMIN")
  @Mutation(() => ProgrammePage, { description: "ADMIN: changes a section of the programme page (live at once; keeps a revision)." })
  updateProgrammePage(
    @Arg("key", () => String) key: string,
    @Arg("input", () => ProgrammePageInput) input: ProgrammePageInput,
    @Ctx() ctx: Context,
  ): Promise<ProgrammePage> {
    return updateProgrammePage(ctx, key, input);
  }

  @FieldResolver(() => String, { description: "The body rendered from Markdown and sanitised on an allow-list." })
  bodyHtml(@Root() page: ProgrammePage): string {
    return renderNewsBody(page.body);
  }
}

@Resolver(() => ProgrammePageRevision)
export class ProgrammePageRevisionResolver {
  @FieldResolver(() => String, { nullable: true })
  async authorName(@Root() rev: ProgrammePageRevision, @Ctx() ctx: Context): Promise<string | null> {
    if (!rev.authorId) return null;
    return (await ctx.loaders.userById.load(rev.authorId))?.name ?? null;
  }
}
