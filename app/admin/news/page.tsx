import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../gql";
import { nextCursor } from "../../lib/next-page";
import { gql, GraphQLRequestError } from "../../lib/graphql-server";
import styles from "./news-admin.module.css";
import { getDateFormatter } from "../../lib/dates-server";
import { refusedPage } from "../access";
import { DataTable, StackedCell, StackedRow } from "../../components/data-table";
import { ButtonLinks } from "../../components/button-links";
import { pageTitle } from "../../lib/page-title";

const AdminNewsListQuery = graphql(`
  query AdminNewsList($after: String) {
    newsPosts(first: 25, after: $after, includeUnpublished: true) {
      totalCount
      pageInfo { ...NextPage }
      edges { node { id slug title status isLive hasUnpublishedChanges publishedAt updatedAt category } }
    }
  }
`);

export const generateMetadata = pageTitle("news", "admin.title");

const BADGE = { DRAFT: "badge", SCHEDULED: "badge badge-warning", PUBLISHED: "badge badge-success", ARCHIVED: "badge badge-danger" } as const;

export default async function AdminNewsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const refused = await refusedPage("news");
  if (refused) return refused;
  const { after } = await searchParams;
  const [t, fmtDate] = await Promise.all([getTranslations("news"), getDateFormatter()]);
  let data;
  try {
    data = await gql(AdminNewsListQuery, { after: after ?? null });
  } catch (err) {
    if (!(err instanceof GraphQLRequestError) || err.code !== "BAD_USER_INPUT") throw err;
    data = await gql(AdminNewsListQuery, { after: null });
  }
  const { newsPosts } = data;
  const next = nextCursor(newsPosts.pageInfo);
  const date = (s: string) => fmtDate(s, "dateTime");
  return (
    <div className="stack">
      <div className={styles.headerRow}>
        <h1>{t("admin.title")}</h1>
        <ButtonLinks
          links={[
            { href: "/admin/news/new", label: t("admin.new") },
            { href: "/admin/news/newsletter", label: t("admin.newsletter") },
            { href: "/admin/news/programme", label: t("admin.programme") },
          ]}
        />
      </div>
      <DataTable
        label={t("admin.title")}
        className={styles.table}
        caption={t("admin.title")}
        empty={t("admin.empty")}
        stacked
        columns={[t("admin.table.title"), t("admin.table.status"), t("admin.table.date"), t("admin.table.updated"), t("admin.table.actions")]}
        rows={newsPosts.edges.map(({ node }) => node)}
        row={(p) => (
          <StackedRow key={p.id}>
            <StackedCell>
              <Link href={`/admin/news/${p.id}`}>{p.title}</Link>
              {p.hasUnpublishedChanges && <span className="badge badge-warning"> {t("admin.pendingChanges")}</span>}
            </StackedCell>
            <StackedCell label={t("admin.table.status")}>
              <span className={BADGE[p.status]}>{t(`status.${p.status}`)}</span>
            </StackedCell>
            <StackedCell label={t("admin.table.date")}>
              {p.publishedAt
                ? p.status === "SCHEDULED" && !p.isLive
                  ? t("admin.scheduledFor", { date: date(p.publishedAt) })
                  : date(p.publishedAt)
                : "—"}
            </StackedCell>
            <StackedCell label={t("admin.table.updated")}>{date(p.updatedAt)}</StackedCell>
            <StackedCell>
              <Link href={`/admin/news/${p.id}`}>{t("admin.edit")}</Link> · <Link href={`/news/${p.slug}`}>{t("admin.view")}</Link>
            </StackedCell>
          </StackedRow>
        )}
      />
      <nav className="pagination" aria-label={t("list.pagination")}>
        {after && (
          <Link className="button button-secondary" href="/admin/news">
            {t("list.first")}
          </Link>
        )}
        {next && (
          <Link className="button button-secondary" rel="next" href={`/admin/news?after=${encodeURIComponent(next)}`}>
            {t("list.next")}
          </Link>
        )}
      </nav>
    </div>
  );
}
