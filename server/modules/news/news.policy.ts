import { NewsStatus, type NewsPost } from "../../../entities/news";
import { Role } from "../../../entities/users";
import type { Context } from "../../context";

/**
 * Published news is public: PUBLISHED, or SCHEDULED whose time has come. This one rule
 * (here in SQL and in JS) is what the list, a single post, RSS, search and the newsletter
 * use, so scheduled posts go live at their time without a worker having to run first.
 */
export const LIVE_SQL = (alias: string) =>
  `(${alias}.status = 'PUBLISHED' OR (${alias}.status = 'SCHEDULED' AND ${alias}.published_at <= now()))`;

export function isLive(post: Pick<NewsPost, "status" | "publishedAt">, now = new Date()): boolean {
  return (
    post.status === NewsStatus.PUBLISHED ||
    (post.status === NewsStatus.SCHEDULED && !!post.publishedAt && post.publishedAt.getTime() <= now.getTime())
  );
}

/** Only admins edit the programme's news and see what is not published. */
export function isNewsEditor(ctx: Pick<Context, "user">): boolean {
  return ctx.user?.role === Role.ADMIN;
}

/** Whether this reader may see the post at all. */
export function canReadPost(ctx: Pick<Context, "user">, post: Pick<NewsPost, "status" | "publishedAt">): boolean {
  return isLive(post) || isNewsEditor(ctx);
}

