/** One item of the feed, as the newsPosts query returns it. */
export interface FeedPost {
  slug: string;
  title: string;
  lead?: string | null;
  bodyHtml: string;
  publishedAt: string | Date | null;
  category?: string | null;
  authorName?: string | null;
}

const xml = (s: string) =>
  s
    // Characters XML 1.0 does not allow at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * RSS 2.0 of published news, newest first, with absolute links (`baseUrl` has no
 * trailing slash). Dates in RFC 822 as the format requires.
 */
export function buildRssFeed(posts: FeedPost[], opts: { baseUrl: string; title: string; description: string; language: string }): string {
  const base = opts.baseUrl.replace(/\/+$/, "");
  const items = posts
    .filter((p) => p.publishedAt)
    .map((p) => {
      const link = `${base}/news/${encodeURIComponent(p.slug)}`;
      const summary = p.lead?.trim() || text(p.bodyHtml).slice(0, 400);
      return [
        "    <item>",
        `      <title>${xml(p.title)}</title>`,
        `      <link>${xml(link)}</link>`,
        `      <guid isPermaLink="true">${xml(link)}</guid>`,
        `      <pubDate>${new Date(p.publishedAt!).toUTCString()}</pubDate>`,
        p.category ? `      <category>${xml(p.category)}</category>` : null,
        p.authorName ? `      <dc:creator>${xml(p.authorName)}</dc:creator>` : null,
        `      <description>${xml(summary)}</description>`,
        `      <content:encoded>${cdata(p.bodyHtml)}</content:encoded>`,
        "    </item>",
      ]
        .filter(Boolean)
        .join("\n");
    });
  const newest = posts.find((p) => p.publishedAt)?.publishedAt;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    `    <title>${xml(opts.title)}</title>`,
    `    <link>${xml(`${base}/news`)}</link>`,
    `    <description>${xml(opts.description)}</description>`,
    `    <language>${xml(opts.language)}</language>`,
    `    <atom:link href="${xml(`${base}/news/rss.xml`)}" rel="self" type="application/rss+xml"/>`,
    newest ? `    <lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>` : null,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ]
    .filter((l) => l !== null)
    .join("\n");
}
