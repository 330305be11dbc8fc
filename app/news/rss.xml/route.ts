import { server } from "../../lib/server";
import { buildRssFeed, type FeedPost } from "./feed";
import categories from "../../i18n/messages/pl/news.json";

export const dynamic = "force-dynamic";

// Plain string (not a typed document): route handlers reach the server only through the bridge.
const FEED_QUERY = `query NewsFeed($first: Int!) {
  newsPosts(first: $first) { edges { node { slug title lead bodyHtml publishedAt category authorName } } }
}`;

function baseUrl(request: Request): string {
  return (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
}

/** GET /news/rss.xml — RSS 2.0 of published news (the same rule as the list: drafts never appear). */
export async function GET(request: Request): Promise<Response> {
  const ip = server().clientAddress(request.headers);
  // As an anonymous reader, so the feed can never carry what only admins see.
  const result = await server().execute(FEED_QUERY, { first: 50 }, null, ip);
  if (result.errors?.length) {
    return new Response("Feed unavailable", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const data = result.data as { newsPosts: { edges: { node: FeedPost }[] } };
  const body = buildRssFeed(
    data.newsPosts.edges.map((e) => ({
      ...e.node,
      // Readers see category names, not codes.
      category: e.node.category ? ((categories.categories as Record<string, string>)[e.node.category] ?? e.node.category) : null,
    })),
    {
      baseUrl: baseUrl(request),
      title: "PES-TOR — Aktualności",
      description: "Aktualności Programu współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej",
      language: "pl",
    },
  );
  return new Response(body, {
    headers: { "content-type": "application/rss+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
