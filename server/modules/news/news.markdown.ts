import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const markdown = new Marked({ gfm: true, breaks: false, async: false });

/**
 * The allow-list for article bodies. Anything not listed is dropped: scripts, styles,
 * iframes, SVG, forms, every `on*` attribute, and URLs whose scheme is not
 * http/https/mailto (images: http/https only) — so `javascript:` and `data:` links go.
 */
export const NEWS_SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2", "h3", "h4", "h5", "h6", "p", "br", "hr",
    "ul", "ol", "li", "a", "img",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "blockquote", "code", "pre", "em", "strong", "del", "s", "sub", "sup",
  ],
  allowedAttributes: {
    // rel is set by transformTags below for external links.
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "width", "height"],
    th: ["align", "colspan", "rowspan", "scope"],
    td: ["align", "colspan", "rowspan"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Their content is code or markup, never text to keep.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "svg", "math", "object", "embed", "template", "title"],
  transformTags: {
    // The page's only h1 is the article title.
    h1: "h2",
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? "") ? { ...attribs, rel: "noopener noreferrer nofollow" } : attribs,
    }),
  },
};

/** Markdown (raw HTML inside it too) → HTML that is safe to put into a page as is. */
export function renderNewsBody(body: string): string {
  const html = markdown.parse(body ?? "") as string;
  return sanitizeHtml(html, NEWS_SANITIZE_OPTIONS);
}

/** Plain text of a Markdown body, e.g. for an RSS description or a search snippet. */
export function plainText(body: string, max = 400): string {
  const text = sanitizeHtml(markdown.parse(body ?? "") as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…` : text;
}
