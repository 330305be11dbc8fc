import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TORUN_DISTRICTS } from "../../entities/districts";
import { graphql } from "../gql";
import { nextCursor } from "../lib/next-page";
import type { LegalForm } from "../gql/graphql";
import { GraphQLRequestError, gql } from "../lib/graphql-server";
import { PaginationNav } from "../marketplace/pagination-nav";
import { str, withParams, type SP } from "../marketplace/search-params";
import { FilterPanel, SkipToResults } from "../components/filter-panel";
import styles from "./organizations.module.css";
import { DistrictOptions } from "../components/forms/district-options";
import { Options } from "../components/forms/options";
import { pageTitleAndDescription } from "../lib/page-title";
import { FilterField } from "../components/filter-toolbar";

const DirectoryQuery = graphql(`
  query OrganizationsDirectory($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges { node { id name slug legalForm district verified activities description } }
    }
    organizationActivities
  }
`);

const LEGAL_FORMS = ["SOCIAL_COOPERATIVE", "ASSOCIATION", "FOUNDATION", "CIS", "KIS", "ZAZ", "WTZ", "NONPROFIT_COMPANY", "OTHER"] as const;
const PAGE_SIZE = 20;

export const generateMetadata = pageTitleAndDescription("organizations", "title", "intro");

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const sp = await searchParams;
  const [t, tf] = await Promise.all([getTranslations("organizations"), getTranslations("common")]);
  const legalForm = (LEGAL_FORMS as readonly string[]).includes(str(sp, "legalForm")) ? (str(sp, "legalForm") as LegalForm) : undefined;
  const district = (TORUN_DISTRICTS as readonly string[]).includes(str(sp, "district")) ? str(sp, "district") : undefined;
  const after = str(sp, "after", 2000) || undefined;
  let data;
  try {
    data = await gql(DirectoryQuery, {
      filter: { name: str(sp, "name") || undefined, legalForm, district, activity: str(sp, "activity", 100) || undefined },
      first: PAGE_SIZE,
      after,
    });
  } catch (err) {
    if (!(err instanceof GraphQLRequestError) || err.code !== "BAD_USER_INPUT") throw err;
    data = null;
  }
  const c = data?.organizations;
  const nextAfter = nextCursor(c?.pageInfo);
  const next = nextAfter ? `/organizations${withParams(sp, { after: nextAfter })}` : null;

  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <FilterPanel active={["name", "legalForm", "district", "activity"].filter((k) => str(sp, k)).length}>
      <form method="get" action="/organizations#results" className="form no-print" role="search">
        <SkipToResults />
        <fieldset>
          <legend>{t("search.legend")}</legend>
          <div className={styles.filters}>
            <FilterField id="org-name" label={t("search.name")}>
              <input id="org-name" name="name" type="search" defaultValue={str(sp, "name")} maxLength={200} />
            </FilterField>
            <FilterField id="org-form" label={t("search.legalForm")}>
              <select id="org-form" name="legalForm" defaultValue={legalForm ?? ""}>
                <Options values={LEGAL_FORMS} label={(f) => t(`legalForms.${f}`)} empty={t("search.any")} />
              </select>
            </FilterField>
            <FilterField id="org-district" label={t("search.district")}>
              <select id="org-district" name="district" defaultValue={district ?? ""}>
                <DistrictOptions empty={t("search.any")} />
              </select>
            </FilterField>
            <FilterField id="org-activity" label={t("search.activity")}>
              <select id="org-activity" name="activity" defaultValue={str(sp, "activity", 100)}>
                <Options values={data?.organizationActivities ?? []} empty={t("search.any")} />
              </select>
            </FilterField>
            <div className="filter-submit" style={{ gap: ".75rem" }}>
              <button type="submit" className="button">{tf("filters.show", { count: c?.totalCount ?? 0 })}</button>
              <Link href="/organizations">{t("search.reset")}</Link>
            </div>
          </div>
        </fieldset>
      </form>
      </FilterPanel>
      <p className="muted" aria-live="polite" id="results">{t("search.results", { count: c?.totalCount ?? 0 })}</p>
      {c && c.edges.length ? (
        <ul className="grid" role="list">
          {c.edges.map(({ node: o }) => (
            <li key={o.id} className={`card ${styles.item}`}>
              <div className={styles.meta}>
                <span className="badge">{t(`legalForms.${o.legalForm}`)}</span>
                {o.verified && <span className="badge badge-success">{t("verified")}</span>}
                {o.district && <span className="muted">{o.district}</span>}
              </div>
              <h2>
                <Link href={`/organizations/${o.slug}`}>{o.name}</Link>
              </h2>
              {o.activities.length > 0 && (
                <ul className={styles.tags} aria-label={t("profile.activities")}>
                  {o.activities.map((a) => (
                    <li key={a} className="badge">{a}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t("empty")}</p>
      )}
      <PaginationNav
        label={t("pagination.label")}
        nextLabel={t("pagination.next")}
        firstLabel={t("pagination.first")}
        nextHref={next}
        firstHref={after ? `/organizations${withParams(sp, { after: null })}` : null}
      />
    </div>
  );
}
