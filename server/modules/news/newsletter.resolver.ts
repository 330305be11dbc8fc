import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { NewsletterIssue, NewsPost } from "../../../entities/news";
import type { Context } from "../../context";
import { NewsletterIssueInput, SubscribeArgs } from "./news.inputs";
import { canReadPost } from "./news.policy";
import { checkFirst } from "../pagination";
import { NewsletterPreview, NewsletterStats } from "./news.types";
import {
  confirmSubscription,
  createIssue,
  findIssue,
  listIssues,
  previewIssue,
  sendIssue,
  sendTestIssue,
  subscribe,
  subscriberStats,
  unsubscribe,
  updateIssue,
} from "./newsletter.service";
import { IdArg } from "../arguments";
import { editMutationsOf } from "../operations";
import { Role } from "../../../entities/users";

@Resolver(() => NewsletterIssue)
export class NewsletterResolver {
  @Mutation(() => Boolean, {
    description:
      "Anyone: asks for the newsletter (double opt-in: a confirmation e-mail follows). `consent` must be true. The answer never tells whether the address was subscribed already.",
  })
  subscribeToNewsletter(@Args(() => SubscribeArgs) args: SubscribeArgs, @Ctx() ctx: Context): Promise<boolean> {
    return subscribe(ctx, args);
  }

  @Mutation(() => Boolean, { description: "The link of the confirmation e-mail. A forged or expired token is BAD_USER_INPUT and changes nothing." })
  confirmNewsletterSubscription(@Arg("token", () => String) token: string, @Ctx() ctx: Context): Promise<boolean> {
    return confirmSubscription(ctx.db, token);
  }

  @Mutation(() => Boolean, { description: "One-click unsubscribe by the signed link of every newsletter; no sign-in." })
  unsubscribeFromNewsletter(@Arg("token", () => String) token: string, @Ctx() ctx: Context): Promise<boolean> {
    return unsubscribe(ctx.db, token);
  }

  @Query(() => [NewsletterIssue], { description: "Sent newsletter issues, newest first (the archive); ADMIN may include drafts." })
  newsletterIssues(
    @Ctx() ctx: Context,
    @Arg("includeDrafts", () => Boolean, { defaultValue: false }) includeDrafts: boolean,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
  ): Promise<NewsletterIssue[]> {
    checkFirst(first);
    return listIssues(ctx, includeDrafts, first);
  }

  @Query(() => NewsletterIssue, { nullable: true, description: "A sent issue (drafts: ADMIN only)." })
  newsletterIssue(@IdArg() id: string, @Ctx() ctx: Context): Promise<NewsletterIssue | null> {
    return findIssue(ctx, id);
  }

  @FieldResolver(() => [NewsPost], { description: "The items in order (posts the reader may see)." })
  async posts(@Root() issue: NewsletterIssue, @Ctx() ctx: Context): Promise<NewsPost[]> {
    const posts = await ctx.loaders.newsPostById.loadMany(issue.postIds);
    return posts.filter((p): p is NewsPost => !!p && !(p instanceof Error) && canReadPost(ctx, p));
  }
}

/** The editor's operations on an issue that are only their service, guarded like NewsletterEditorResolver. */
export const NewsletterIssueEditResolver = editMutationsOf(() => NewsletterIssue, NewsletterIssueInput, {
  create: ["createNewsletterIssue", createIssue, "ADMIN: a draft issue from chosen posts."],
  update: ["updateNewsletterIssue", updateIssue, "ADMIN: changes a draft issue (a sent one is CONFLICT)."],
}, { authorized: [Role.ADMIN] });

/** The editor's operations: ADMIN only, guarded once; an issue's fields stay with NewsletterResolver, which readers of the archive reach. */
@Authorized("ADMIN")
@Resolver(() => NewsletterIssue)
export class NewsletterEditorResolver {
  @Query(() => NewsletterPreview, { description: "ADMIN: the issue as the e-mail subscribers will get." })
  previewNewsletterIssue(
    @IdArg() id: string,
    @Arg("locale", () => String, { nullable: true, description: "pl (default) or en: the e-mail English subscribers get." }) locale: string | null,
    @Ctx() ctx: Context,
  ): Promise<NewsletterPreview> {
    return previewIssue(ctx.db, id, locale);
  }

  @Query(() => NewsletterStats, { description: "ADMIN: subscribers by status." })
  newsletterStats(@Ctx() ctx: Context): Promise<NewsletterStats> {
    return subscriberStats(ctx.db);
  }

  @Mutation(() => Boolean, { description: "ADMIN: sends the issue to the signed-in admin only, as a test." })
  sendNewsletterIssueTest(@IdArg() id: string, @Ctx() ctx: Context): Promise<boolean> {
    return sendTestIssue(ctx, id);
  }

  @Mutation(() => NewsletterIssue, {
    description: "ADMIN: queues the issue for every confirmed subscriber; sending again reaches only those not mailed yet.",
  })
  sendNewsletterIssue(@IdArg() id: string, @Ctx() ctx: Context): Promise<NewsletterIssue> {
    return sendIssue(ctx, id);
  }
}
