import type { DataSource } from "typeorm";
import { badInput } from "../../errors";
import { checkFirst, decodeCursor, edgesOf, escapeLike, pageInfoOf } from "../pagination";
import { SearchKind, type SearchConnection } from "./search.types";
import { SNIPPET_READ, snippetOf } from "./snippet";

/**
 * One source per base: what is public in it (no drafts, no withdrawn or closed items, never
 * offers), the folded text it is searched by — the same expression as that table's trigram
 * GIN index, so `LIKE` and `<%` can use it — and how a hit is shown.
 * `$1` is the query, `$2` the query with LIKE wildcards escaped; both are folded in SQL by
 * f_unaccent, the function the indexes are built with.
 */
const RAW_SOURCES: Record<SearchKind, string> = {
  [SearchKind.PREMISES]: `
    SELECT 'PREMISES' AS kind, p.id::text AS id, p.address || ', ' || p.district AS title,
           left(coalesce(p.description, ''), ${SNIPPET_READ}) AS snippet, '/premises/' || p.id AS url,
           word_similarity($1, p.search_text) + CASE WHEN f_unaccent(p.address) LIKE $2 THEN 0.5 ELSE 0 END AS score
      FROM premises p
     WHERE p.status <> 'WITHDRAWN' AND (p.search_text LIKE $2 OR $1 <% p.search_text)`,
  [SearchKind.TRAINING]: `
    SELECT 'TRAINING', t.id::text, t.title, left(coalesce(t.description, ''), ${SNIPPET_READ}), '/trainings/' || t.id,
           word_similarity($1, f_unaccent(t.title || ' ' || coalesce(t.description, '') || ' ' || t.venue))
             + CASE WHEN f_unaccent(t.title) LIKE $2 THEN 0.5 ELSE 0 END
      FROM trainings t
     WHERE t.cancelled_at IS NULL
       AND (f_unaccent(t.title || ' ' || coalesce(t.description, '') || ' ' || t.venue) LIKE $2
            OR $1 <% f_unaccent(t.title || ' ' || coalesce(t.description, '') || ' ' || t.venue))`,
  [SearchKind.NEWS]: `
    SELECT 'NEWS', n.id::text, n.title, left(coalesce(n.lead, n.body), ${SNIPPET_READ}), '/news/' || n.slug,
           word_similarity($1, n.search_text)
             + CASE WHEN f_unaccent(n.title) LIKE $2 THEN 0.5 ELSE 0 END
      FROM news_posts n
     WHERE (n.status = 'PUBLISHED' OR (n.status = 'SCHEDULED' AND n.published_at <= now()))
       AND (n.search_text LIKE $2
            OR $1 <% n.search_text)`,
  [SearchKind.ORGANIZATION]: `
    SELECT 'ORGANIZATION', o.id::text, o.name, left(coalesce(o.description, ''), ${SNIPPET_READ}), '/organizations/' || o.slug,
           word_similarity($1, f_unaccent(o.name)) + 0.5
      FROM organizations o
     WHERE f_unaccent(o.name) LIKE $2 OR $1 <% f_unaccent(o.name)`,
  [SearchKind.EQUIPMENT]: `
    SELECT 'EQUIPMENT', e.id::text, e.title, left(coalesce(e.description, ''), ${SNIPPET_READ}), '/marketplace/equipment/' || e.id,
           word_similarity($1, e.search_text)
             + CASE WHEN f_unaccent(e.title) LIKE $2 THEN 0.5 ELSE 0 END
      FROM equipment_notices e
     WHERE e.status IN ('AVAILABLE', 'RESERVED') AND (e.expires_at IS NULL OR e.expires_at > now())
       AND (e.search_text LIKE $2
            OR $1 <% e.search_text)`,
  [SearchKind.PRODUCT]: `
    SELECT 'PRODUCT', pr.id::text, pr.name, left(coalesce(pr.description, ''), ${SNIPPET_READ}),
           '/organizations/' || o.slug || '#product-' || pr.id,
           word_similarity($1, pr.search_text)
             + CASE WHEN f_unaccent(pr.name) LIKE $2 THEN 0.5 ELSE 0 END
      FROM products pr JOIN organizations o ON o.id = pr.organization_id
     WHERE pr.search_text LIKE $2
        OR $1 <% pr.search_text`,
  [SearchKind.DEMAND]: `
    SELECT 'DEMAND', d.id::text, d.title, left(coalesce(d.description, ''), ${SNIPPET_READ}), '/marketplace/demands/' || d.id,
           word_similarity($1, d.search_text)
             + CASE WHEN f_unaccent(d.title) LIKE $2 THEN 0.5 ELSE 0 END
      FROM demands d
     WHERE d.search_text LIKE $2
        OR $1 <% d.search_text`,
};

const SOURCES = Object.fromEntries(
  Object.entries(RAW_SOURCES).map(([k, sql]) => [
    k,
    sql.replace(/LIKE \$2/g, "LIKE ('%' || f_unaccent($2) || '%')").replace(/\$1/g, "f_unaccent($1)"),
  ]),
) as Record<SearchKind, string>;

const ALL = Object.values(SearchKind);

/**
 * `search` across every base, ranked by relevance with (kind, id) as tie-breakers.
 * Two SQL statements whatever the page size: the page, and the counts per kind.
 */
export async function search(
  db: DataSource,
  args: { query: string; kinds?: SearchKind[] | null; first: number; after?: string | null },
): Promise<SearchConnection> {
  checkFirst(args.first, "first", 50);
  const query = (args.query ?? "").trim().replace(/\s+/g, " ");
  if (query.length < 2) throw badInput({ query: "Type at least 2 characters" });
  if (query.length > 200) throw badInput({ query: "At most 200 characters" });
  const kinds = args.kinds?.length ? [...new Set(args.kinds)] : ALL;
  const scope = `search:${query}:${kinds.join(",")}`;
  let offset = 0;
  if (args.after) {
    const [o] = decodeCursor(args.after, 1, scope);
    if (!Number.isInteger(o) || (o as number) < 0 || (o as number) > 10_000) throw badInput({ after: "Invalid cursor" });
    offset = o as number;
  }
  const params = [query, escapeLike(query)];
  // Column names come from the alias list, so any single source can stand first.
  const union = (ks: SearchKind[]) =>
    ks.map((k, i) => `SELECT * FROM (${SOURCES[k]}) AS s${i}(kind, id, title, snippet, url, score)`).join("\nUNION ALL\n");
  const [rows, counts] = await Promise.all([
    db.query(
      `SELECT kind, id, title, snippet, url, score::float8 AS score FROM (${union(kinds)}) hits
        ORDER BY score DESC, kind, id LIMIT ${args.first + 1} OFFSET ${offset}`,
      params,
    ),
    db.query(`SELECT kind, count(*)::int AS count FROM (${union(ALL)}) hits GROUP BY kind`, params),
  ]);
  const byKind = new Map<string, number>(counts.map((c: { kind: string; count: number }) => [c.kind, c.count]));
  const hasNextPage = rows.length > args.first;
  const nodes: SearchConnection["edges"][number]["node"][] = rows.slice(0, args.first).map((node: SearchConnection["edges"][number]["node"]) => ({ ...node, snippet: node.snippet && snippetOf(node.snippet), score: Math.round(node.score * 1000) / 1000 }));
  const edges = edgesOf(nodes, (_node, i) => [offset + i + 1], scope);
  return {
    edges,
    pageInfo: pageInfoOf(edges, hasNextPage),
    totalCount: kinds.reduce((sum, k) => sum + (byKind.get(k) ?? 0), 0),
    countsByKind: ALL.map((kind) => ({ kind, count: byKind.get(kind) ?? 0 })),
  };
}
