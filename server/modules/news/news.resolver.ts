import { Arg, Authorized, type ClassType, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { NewsPost, NewsRevision } from "../../../entities/news";
import type { Context } from "../../context";
import { userNameOf } from "../users/users.loaders";
import { NewsPostInput } from "./news.inputs";
import { renderNewsBody } from "./news.markdown";
import { isLive, isNewsEditor } from "./news.policy";
import {
  archiveMonths,
  archiveNewsPost,
  categoryCounts,
  createNewsPost,
  diffRevisions,
  findNewsPost,
  findNewsPostById,
  listNewsPosts,
  listRevisions,
  publishNewsPost,
  restoreRevision,
  unpublishNewsPost,
  updateNewsPost,
  workingCopy,
} from "./news.service";
import { NewsArchiveMonth, NewsCategoryCount, NewsPostConnection, NewsPostDraftView, TextDiffPart } from "./news.types";
import { AfterArg, FirstArg } from "../pagination";
import { IdArg } from "../arguments";
import { editMutationsOf } from "../operations";
import { Role } from "../../../entities/users";

@Resolver(() => NewsPost)
export class NewsPostResolver {
  @Query(() => NewsPostConnection, {
    description:
      "Published news, newest first. `includeUnpublished: true` (ADMIN only; anyone else gets FORBIDDEN) lists every post, most recently edited first.",
  })
  newsPosts(
    @Ctx() ctx: Context,
    @FirstArg() first: number | null,
    @AfterArg() after: string | null,
    @Arg("includeUnpublished", () => Boolean, { nullable: true, defaultValue: false }) includeUnpublished: boolean | null,
    @Arg("category", () => String, { nullable: true }) category: string | null,
    @Arg("year", () => Int, { nullable: true, description: "Archive: posts published in this year (Europe/Warsaw)." }) year: number | null,
    @Arg("month", () => Int, { nullable: true, description: "Archive: 1–12, with `year`." }) month: number | null,
    @Arg("search", () => String, { nullable: true, description: "Words in the title, lead or body (accents ignored)." }) search: string | null,
  ): Promise<NewsPostConnection> {
    // An explicit null means the default, as for an omitted argument.
    return listNewsPosts(ctx, { first: first ?? 20, after, includeUnpublished: includeUnpublished ?? false, category, year, month, search });
  }

  @Query(() => NewsPost, { nullable: true, description: "A post by slug; an unpublished one is null unless ADMIN." })
  newsPost(@Arg("slug", () => String) slug: string, @Ctx() ctx: Context): Promise<NewsPost | null> {
    return findNewsPost(ctx, slug);
  }

  @Query(() => [NewsCategoryCount], { description: "News categories with their number of published posts." })
  newsCategories(@Ctx() ctx: Context): Promise<NewsCategoryCount[]> {
    return categoryCounts(ctx.db);
  }

  @Query(() => [NewsArchiveMonth], { description: "Months with published news, newest first." })
  newsArchive(@Ctx() ctx: Context): Promise<NewsArchiveMonth[]> {
    return archiveMonths(ctx.db);
  }

  @FieldResolver(() => String, { description: "The body rendered from Markdown and sanitised on an allow-list." })
  bodyHtml(@Root() post: NewsPost): string {
    return renderNewsBody(post.body);
  }

  @FieldResolver(() => String, { nullable: true, description: "The author's name (never the e-mail)." })
  authorName(@Root() post: NewsPost, @Ctx() ctx: Context): Promise<string | null> {
    return userNameOf(ctx, post.authorId);
  }

  @FieldResolver(() => Boolean, { description: "Whether readers see it now (PUBLISHED, or SCHEDULED whose time has come)." })
  isLive(@Root() post: NewsPost): boolean {
    return isLive(post);
  }
}

export const NewsPostDraftResolver = draftFieldsOf(NewsPost, NewsPostDraftView, workingCopy, {
  changes: "ADMIN: a live post has an edit that is not published yet (false for others).",
  draft: "ADMIN: the version the editor works on (the pending edit of a live post, else the post); null for others.",
});

/** The editor's operations on a post that are only their service, guarded like NewsEditorResolver. */
export const NewsPostEditResolver = editMutationsOf(() => NewsPost, NewsPostInput, {
  create: ["createNewsPost", createNewsPost, "ADMIN: a new DRAFT."],
  update: ["updateNewsPost", updateNewsPost, "ADMIN: saves an edit (keeps a revision); a published post stays as published until published again."],
  actions: {
    unpublishNewsPost: [unpublishNewsPost, "ADMIN: takes a post off the site; it becomes a DRAFT again."],
    archiveNewsPost: [archiveNewsPost, "ADMIN: retires a post (ARCHIVED: hidden from readers)."],
  },
}, { authorized: [Role.ADMIN] });

/** The editor's operations: ADMIN only, guarded once; the post's fields stay with NewsPostResolver, which readers reach. */
@Authorized("ADMIN")
@Resolver(() => NewsPost)
export class NewsEditorResolver {
  @Query(() => NewsPost, { nullable: true, description: "ADMIN: a post by id, whatever its status." })
  newsPostById(@IdArg() id: string, @Ctx() ctx: Context): Promise<NewsPost | null> {
    return findNewsPostById(ctx.db, id);
  }

  @Query(() => String, { description: "ADMIN: the editor's live preview — Markdown rendered and sanitised like `bodyHtml`." })
  renderNewsPreview(@Arg("body", () => String) body: string): string {
    return renderNewsBody(body);
  }

  @Query(() => [NewsRevision], { description: "ADMIN: the saved versions of a post, newest first." })
  newsRevisions(@IdArg("postId") postId: string, @Ctx() ctx: Context): Promise<NewsRevision[]> {
    return listRevisions(ctx.db, postId);
  }

  @Query(() => [TextDiffPart], { description: "ADMIN: word diff between two revisions of one post." })
  newsRevisionDiff(@IdArg("fromId") fromId: string, @IdArg("toId") toId: string, @Ctx() ctx: Context): Promise<TextDiffPart[]> {
    return diffRevisions(ctx.db, fromId, toId);
  }

  @Mutation(() => NewsPost, { description: "ADMIN: publish now (no or past `at`) or schedule (future `at` = SCHEDULED)." })
  publishNewsPost(
    @IdArg() id: string,
    @Arg("at", () => Date, { nullable: true }) at: Date | null,
    @Ctx() ctx: Context,
  ): Promise<NewsPost> {
    return publishNewsPost(ctx, id, at);
  }

  @Mutation(() => NewsPost, { description: "ADMIN: saves an old revision's content as a new edit." })
  restoreNewsRevision(@IdArg("revisionId") revisionId: string, @Ctx() ctx: Context): Promise<NewsPost> {
    return restoreRevision(ctx, revisionId);
  }
}

/** The `authorName` of a saved version, of a post or of a programme section: the name, never the e-mail. */
export function revisionAuthorOf<T extends { authorId: string | null }>(revision: ClassType<T>) {
  @Resolver(() => revision)
  class RevisionAuthor {
    @FieldResolver(() => String, { nullable: true })
    authorName(@Root() rev: T, @Ctx() ctx: Context): Promise<string | null> {
      return userNameOf(ctx, rev.authorId);
    }
  }
  return RevisionAuthor;
}

export const NewsRevisionResolver = revisionAuthorOf(NewsRevision);

/**
 * The editor's fields of a thing edited as a draft beside its published text (a post, a programme
 * section): whether an edit waits to be published, and the version the editor works on (`draftOf`,
 * as `view`). Readers get false and null.
 */
export function draftFieldsOf<T extends { draftTitle: string | null }, D extends object>(edited: ClassType<T>, view: ClassType<D>, draftOf: (row: T) => D, descriptions: { changes: string; draft: string }) {
  @Resolver(() => edited)
  class DraftFields {
    @FieldResolver(() => Boolean, { description: descriptions.changes })
    hasUnpublishedChanges(@Root() row: T, @Ctx() ctx: Context): boolean {
      return isNewsEditor(ctx) && row.draftTitle !== null;
    }

    @FieldResolver(() => view, { nullable: true, description: descriptions.draft })
    draft(@Root() row: T, @Ctx() ctx: Context): D | null {
      return isNewsEditor(ctx) ? draftOf(row) : null;
    }
  }
  return DraftFields;
}
