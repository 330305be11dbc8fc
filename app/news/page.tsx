import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../gql";
import { nextCursor } from "../lib/next-page";
import { gql, GraphQLRequestError } from "../lib/graphql-server";
import { isCategory } from "./categories";
import styles from "./news.module.css";
import { isoDateTime } from "../lib/dates";
import { getDateFormatter } from "../lib/dates-server";
import { pageTitle } from "../lib/page-title";

const NewsListQuery = graphql(`
  query NewsList($first: Int, $after: String, $category: String, $year: Int, $month: Int) {
    newsPosts(first: $first, after: $after, category: $category, year: $year, month: $month) {
      totalCount
      pageInfo { ...NextPage }
      edges { node { id slug title lead publishedAt category coverImageUrl } }
    }
    newsCategories { code count }
    newsArchive { year month count }
  }
`);

export const generateMetadata = pageTitle("news", "title", { alternates: { types: { "application/rss+xml": "/news/rss.xml" } } });

type Search = { category?: string; after?: string; year?: string; month?: string };

const intParam = (s: string | undefined, min: number, max: number) => {
  const n = Number(s);
  return s && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

export default async function NewsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const [t, fmtDate] = await Promise.all([getTranslations("news"), getDateFormatter()]);
  const category = isCategory(sp.category) ? sp.category : null;
  const year = intParam(sp.year, 1990, 2200);
  const month = year ? intParam(sp.month, 1, 12) : null;
  const vars = { first: 10, after: sp.after ?? null, category, year, month };
  let data;
  try {
    data = await gql(NewsListQuery, vars);
  } catch (err) {
    // A stale or tampered cursor: show the first page rather than an error.
    if (!(err instanceof GraphQLRequestError) || err.code !== "BAD_USER_INPUT") throw err;
    data = await gql(NewsListQuery, { ...vars, after: null });
  }
  const { newsPosts, newsCategories, newsArchive } = data;
  const next = nextCursor(newsPosts.pageInfo);
  const href = (p: Partial<Record<keyof Search, string | number | null>>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
    const s = q.toString();
    return s ? `/news?${s}` : "/news";
  };
  const period = year ? (month ? t("archive.month", { month, year }) : String(year)) : null;

  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <p className="no-print">
        <Link href="/news/rss.xml">{t("rss")}</Link> · <Link href="/newsletter">{t("newsletterCta")}</Link>
      </p>
      <div className={styles.layout}>
        <section aria-labelledby="news-list-heading">
          <h2 id="news-list-heading" className="visually-hidden">
            {t("title")}
          </h2>
          {period && (
            <p className="alert alert-info">
              {t("archive.showing", { period })} — <Link href={href({ category })}>{t("archive.clear")}</Link>
            </p>
          )}
          <p className="muted" aria-live="polite">
            {t("list.count", { count: newsPosts.totalCount })}
          </p>
          {newsPosts.edges.length === 0 ? (
            <p className="empty-state">{t("list.empty")}</p>
          ) : (
            <ul className={`${styles.list} stack`}>
              {newsPosts.edges.map(({ node }) => (
                <li key={node.id} className={`card ${styles.item}`}>
                  <article>
                    <h2>
                      <Link href={`/news/${node.slug}`}>{node.title}</Link>
                    </h2>
                    <p className={`${styles.meta} muted`}>
                      {node.publishedAt && (
                        <time dateTime={isoDateTime(node.publishedAt)}>{fmtDate(node.publishedAt, "dateLong")}</time>
                      )}
                      {node.category && isCategory(node.category) && (
                        <Link className="badge" href={href({ category: node.category })}>
                          {t(`categories.${node.category}`)}
                        </Link>
                      )}
                    </p>
                    {node.lead && <p>{node.lead}</p>}
                    <p className="no-print">
                      <Link href={`/news/${node.slug}`} aria-label={t("list.readMore", { title: node.title })}>
                        {t("list.more")} →
                      </Link>
                    </p>
                  </article>
                  {node.coverImageUrl && (
                    // eslint-disable-next-line @next/next/no-img-element
                    <img className={styles.cover} src={node.coverImageUrl} alt="" loading="lazy" />
                  )}
                </li>
              ))}
            </ul>
          )}
          <nav className="pagination no-print" aria-label={t("list.pagination")}>
            {sp.after && (
              <Link className="button button-secondary" href={href({ category, year, month })}>
                {t("list.first")}
              </Link>
            )}
            {next && (
              <Link className="button button-secondary" rel="next" href={href({ category, year, month, after: next })}>
                {t("list.next")}
              </Link>
            )}
          </nav>
        </section>
        <aside className={`${styles.aside} no-print`} aria-label={t("categories.label")}>
          <h2>{t("categories.label")}</h2>
          <ul>
            <li>
              <Link href={href({ year, month })} aria-current={!category ? "page" : undefined}>
                {t("categories.all")}
              </Link>
            </li>
            {newsCategories.filter((c) => isCategory(c.code)).map((c) => (
              <li key={c.code}>
                <Link href={href({ category: c.code, year, month })} aria-current={category === c.code ? "page" : undefined}>
                  {t(`categories.${c.code as "AWARDS"}`)} ({c.count})
                </Link>
              </li>
            ))}
          </ul>
          {newsArchive.length > 0 && (
            <>
              <h2>{t("archive.label")}</h2>
              <ul>
                {newsArchive.map((m) => (
                  <li key={`${m.year}-${m.month}`}>
                    <Link href={href({ year: m.year, month: m.month })} aria-current={year === m.year && month === m.month ? "page" : undefined}>
                      {t("archive.month", { month: m.month, year: m.year })} ({m.count})
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
