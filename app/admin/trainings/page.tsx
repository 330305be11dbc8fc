import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { graphql } from "../../gql";
import { nextCursor } from "../../lib/next-page";
import { gql } from "../../lib/graphql-server";
import { formatRange } from "../../trainings/format";
import { refusedPage } from "../access";
import { DataTable, StackedCell, StackedRow } from "../../components/data-table";
import { pageTitle } from "../../lib/page-title";
import type { SearchParams } from "../../lib/search-params";
import styles from "../../trainings/trainings.module.css";

const AdminTrainingsQuery = graphql(`
  query AdminTrainingsPage($first: Int, $after: String, $upcoming: Boolean) {
    trainings(first: $first, after: $after, upcoming: $upcoming) {
      totalCount
      pageInfo { ...NextPage }
      edges {
        node {
          ...TrainingFillFields
          kind
          cancelledAt
        }
      }
    }
  }
`);

export const generateMetadata = pageTitle("trainings.admin", "title");

export default async function AdminTrainingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const refused = await refusedPage("trainings");
  if (refused) return refused;
  const sp = await searchParams;
  const view = sp.view === "past" ? "past" : sp.view === "upcoming" ? "upcoming" : "all";
  const after = typeof sp.after === "string" && sp.after.length < 2000 ? sp.after : undefined;
  const [t, tl, tk, tc, locale] = await Promise.all([
    getTranslations("trainings.admin"),
    getTranslations("trainings.list"),
    getTranslations("trainings.kind"),
    getTranslations("trainings.card"),
    getLocale(),
  ]);
  const data = await gql(AdminTrainingsQuery, {
    first: 50,
    after,
    upcoming: view === "upcoming" ? true : view === "past" ? false : undefined,
  });
  const { edges, pageInfo, totalCount } = data.trainings;
  const next = nextCursor(pageInfo);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="no-print">
        <Link className="button" href="/admin/trainings/new">
          {t("new")}
        </Link>
      </p>
      <nav aria-label={t("title")} className="no-print">
        <ul className={styles.tabs}>
          {(["all", "upcoming", "past"] as const).map((v) => (
            <li key={v}>
              <Link href={v === "all" ? "/admin/trainings" : `/admin/trainings?view=${v}`} aria-current={view === v ? "page" : undefined}>
                {tl(v)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p aria-live="polite">{tl("count", { count: totalCount })}</p>
      <DataTable
        label={t("title")}
        empty={t("empty")}
        stacked
        columns={[t("colTitle"), t("colWhen"), t("colSeats"), t("colWaitlist"), { label: t("colActions"), className: "no-print" }]}
        rows={edges.map(({ node }) => node)}
        row={(n) => (
          <StackedRow key={n.id}>
            <StackedCell>
              <Link href={`/trainings/${n.id}`}>{n.title}</Link> <span className="badge">{tk(n.kind)}</span>
              {n.cancelledAt && (
                <>
                  {" "}
                  <span className="badge badge-danger">{tc("cancelled")}</span>
                </>
              )}
            </StackedCell>
            <StackedCell label={t("colWhen")}>{formatRange(n.startsAt, n.endsAt, locale)}</StackedCell>
            <StackedCell label={t("colSeats")}>
              {n.confirmedCount} / {n.capacity}
            </StackedCell>
            <StackedCell label={t("colWaitlist")}>{n.waitlistCount}</StackedCell>
            <StackedCell className="no-print">
              <Link href={`/admin/trainings/${n.id}/edit`}>{t("edit")}</Link> ·{" "}
              <Link href={`/admin/trainings/${n.id}/registrations`}>{t("registrations")}</Link> ·{" "}
              <Link href={`/admin/trainings/${n.id}/check-in`}>{t("checkIn")}</Link>
            </StackedCell>
          </StackedRow>
        )}
      />
      <nav className="pagination no-print" aria-label={tl("pagination")}>
        {after && <Link href={view === "all" ? "/admin/trainings" : `/admin/trainings?view=${view}`}>{tl("first")}</Link>}
        {next && (
          <Link href={`/admin/trainings?${new URLSearchParams({ ...(view !== "all" ? { view } : {}), after: next })}`}>{tl("next")}</Link>
        )}
      </nav>
    </>
  );
}
