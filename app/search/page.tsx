import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../gql";
import { nextCursor } from "../lib/next-page";
import type { SearchKind } from "../gql/graphql";
import { gql, GraphQLRequestError } from "../lib/graphql-server";
import { pageTitle } from "../lib/page-title";

const SearchPage = graphql(`
  query SearchPage($query: String!, $kinds: [SearchKind!], $after: String) {
    search(query: $query, kinds: $kinds, first: 20, after: $after) {
      totalCount
      countsByKind { kind count }
      pageInfo { ...NextPage }
      edges { node { kind id title snippet url } }
    }
  }
`);

const KINDS: SearchKind[] = ["PREMISES", "TRAINING", "NEWS", "ORGANIZATION", "EQUIPMENT", "PRODUCT", "DEMAND"];

export const generateMetadata = pageTitle("search", "title");

type Params = { q?: string; kind?: string; after?: string };

function href(p: Params): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v) u.set(k, v);
  return `/search?${u.toString()}`;
}

export default async function Search({ searchParams }: { searchParams: Promise<Params> }) {
  const t = await getTranslations("search");
  const sp = await searchParams;
  const q = (sp.q ?? "").trim().slice(0, 200);
  const kind = KINDS.includes(sp.kind as SearchKind) ? (sp.kind as SearchKind) : undefined;
  let result: Awaited<ReturnType<typeof gql<any, any>>>["search"] | null = null;
  let tooShort = false;
  if (q.length >= 2) {
    try {
      result = (await gql(SearchPage, { query: q, kinds: kind ? [kind] : null, after: sp.after ?? null })).search;
    } catch (err) {
      if (!(err instanceof GraphQLRequestError && err.code === "BAD_USER_INPUT")) throw err;
    }
  } else if (q) tooShort = true;
  const next = nextCursor(result?.pageInfo);

  return (
    <>
      <h1>{q ? t("resultsFor", { query: q }) : t("title")}</h1>
      <form action="/search" method="get" role="search" className="form no-print" style={{ maxWidth: "40rem" }}>
        <div className="field">
          <label htmlFor="search-q">{t("label")}</label>
          <div style={{ display: "flex", gap: ".5rem" }}>
            <input id="search-q" name="q" type="search" defaultValue={q} style={{ flex: 1 }} />
            {kind && <input type="hidden" name="kind" value={kind} />}
            <button className="button" type="submit">
              {t("submit")}
            </button>
          </div>
        </div>
      </form>
      {!q && <p className="muted">{t("start")}</p>}
      {tooShort && <p role="status">{t("tooShort")}</p>}
      {result && (
        <>
          <nav aria-label={t("kindsLabel")} className="no-print">
            <ul style={{ display: "flex", flexWrap: "wrap", gap: ".5rem", listStyle: "none", padding: 0 }}>
              <li>
                <Link href={href({ q })} aria-current={!kind ? "page" : undefined} className="badge">
                  {t("all")} ({result.countsByKind.reduce((s: number, c: { count: number }) => s + c.count, 0)})
                </Link>
              </li>
              {result.countsByKind
                .filter((c: { count: number }) => c.count > 0)
                .map((c: { kind: SearchKind; count: number }) => (
                  <li key={c.kind}>
                    <Link href={href({ q, kind: c.kind })} aria-current={kind === c.kind ? "page" : undefined} className="badge">
                      {t(`kinds.${c.kind}`)} ({c.count})
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          <p role="status">{t("count", { count: result.totalCount })}</p>
          {result.edges.length === 0 ? (
            <div className="empty-state">{t("empty")}</div>
          ) : (
            <ol className="stack" style={{ listStyle: "none", padding: 0 }}>
              {result.edges.map(({ node }: { node: { kind: SearchKind; id: string; title: string; snippet: string | null; url: string } }) => (
                <li key={`${node.kind}:${node.id}`} className="card">
                  <span className="badge">{t(`kinds.${node.kind}`)}</span>{" "}
                  <Link href={node.url}>
                    <strong>{node.title}</strong>
                  </Link>
                  {node.snippet && <p className="muted" style={{ margin: ".25rem 0 0" }}>{node.snippet}</p>}
                </li>
              ))}
            </ol>
          )}
          {next && (
            <nav className="pagination no-print" aria-label={t("next")}>
              <Link className="button button-secondary" href={href({ q, kind, after: next })}>
                {t("next")}
              </Link>
            </nav>
          )}
        </>
      )}
    </>
  );
}
