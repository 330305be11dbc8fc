import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { graphql } from "../gql";
import { nextCursor } from "../lib/next-page";
import type { PremisesOrder, PremisesSearchPageQuery } from "../gql/graphql";
import { GraphQLRequestError, gql } from "../lib/graphql-server";
import { currentUser } from "../lib/session";
import { FilterForm } from "./filter-form";
import { DeleteSavedSearch, SaveSearch } from "./save-search";
import { PremisesCard } from "./premises-card";
import { SearchMap } from "./search-map";
import { FilterPanel } from "../components/filter-panel";
import { ResultsFocus } from "../components/results-focus";
import { parseSearchState, toApiFilter, toQueryString } from "./search-params";
import styles from "./premises.module.css";
import { ErrorAlert } from "../components/forms/error-alert";
import { pageTitleAndDescription } from "../lib/page-title";
import type { SearchParams } from "../lib/search-params";

const SearchQuery = graphql(`
  query PremisesSearchPage($filter: PremisesFilter, $orderBy: PremisesOrder, $first: Int, $after: String) {
    premisesSearch(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges {
        node {
          id
          address
          district
          areaM2
          monthlyRent
          rentPerM2
          status
          stepFree
          preferentialRent
          floor
          latitude
          longitude
          photos {
            thumbUrl
            alt
          }
        }
      }
    }
    premisesFacets(filter: $filter) {
      totalCount
      districts {
        district
        count
      }
      areaMin
      areaMax
      rentMin
      rentMax
      rentHistogram {
        from
        to
        count
      }
    }
  }
`);

const MySearchesQuery = graphql(`
  query MyPremisesSearches {
    myPremisesSearches {
      id
      name
      query
    }
  }
`);

const PAGE_SIZE = 20;

export const generateMetadata = pageTitleAndDescription("premises", "search.title", "search.intro");

export default async function PremisesSearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const state = parseSearchState(sp);
  const after = typeof sp.after === "string" && sp.after.length <= 2000 ? sp.after : undefined;
  const [t, format, user] = await Promise.all([getTranslations("premises"), getFormatter(), currentUser()]);
  const saved = user ? (await gql(MySearchesQuery, {})).myPremisesSearches : [];
  const { filter, invalid } = toApiFilter(state);

  let data: PremisesSearchPageQuery | null = null;
  let fieldErrors: Record<string, string> = {};
  let failure: string | null = null;
  if (invalid.length) {
    fieldErrors = Object.fromEntries(invalid.map((k) => [k, t("errors.notANumber")]));
  } else {
    try {
      data = await gql(SearchQuery, { filter, orderBy: state.orderBy as PremisesOrder, first: PAGE_SIZE, after });
    } catch (err) {
      if (!(err instanceof GraphQLRequestError) || err.code !== "BAD_USER_INPUT") throw err;
      fieldErrors = Object.fromEntries(
        Object.keys(err.fields ?? {}).map((k) => [k, t.has(`errors.fields.${k}`) ? t(`errors.fields.${k}` as "errors.fields.after") : t("errors.invalid")]),
      );
      if (!Object.keys(fieldErrors).length) failure = t("errors.invalid");
    }
  }
  const search = data?.premisesSearch ?? null;
  const facets = data?.premisesFacets ?? null;
  const districtCounts = Object.fromEntries((facets?.districts ?? []).map((d) => [d.district, d.count]));
  const money = (n: number) => format.number(n, { style: "currency", currency: "PLN", maximumFractionDigits: 0 });

  // The map's markers of this page open their card (the map fetches every match itself).
  const onPage = Object.fromEntries(
    (search?.edges ?? []).map(({ node }) => [node.id, `${format.number(node.areaM2)} m² · ${money(node.monthlyRent)}`]),
  );

  const baseQuery = toQueryString(state);
  const next = nextCursor(search?.pageInfo);
  const nextHref = next ? `/premises?${toQueryString(state, { after: next })}` : null;
  const errorList = Object.entries(fieldErrors);

  return (
    <div className="stack">
      <h1>{t("search.title")}</h1>
      <p className="muted">{t("search.intro")}</p>
      {/*
        Phones: the filter button, then the results, then alerts and facets. Wide screens:
        filters and the extras in a side column, the results beside them.
      */}
      <div className={styles.layout}>
        <div className={styles.filterColumn}>
          <FilterPanel active={activeFilters(state)} open={errorList.length > 0}>
            {/* Keyed by the query: after a URL change (facet link, back button) the form shows the new state. */}
            <FilterForm key={baseQuery} initial={state} districtCounts={districtCounts} serverErrors={fieldErrors} resultCount={search?.totalCount} />
          </FilterPanel>
        </div>
        <section aria-labelledby="results-heading" className={styles.results} id="results" tabIndex={-1}>
          <h2 id="results-heading" className="visually-hidden">
            {t("search.results")}
          </h2>
          {errorList.length > 0 && (
            <div className="alert alert-error" role="alert">
              <p>{t("errors.summary")}</p>
              <ul>
                {errorList.map(([k, m]) => (
                  <li key={k}>
                    {t.has(`filter.${k}`) ? `${t(`filter.${k}` as "filter.text")}: ` : ""}{m}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ErrorAlert>{failure}</ErrorAlert>
          {search && (
            <>
              <ResultsFocus key={baseQuery} target="results-count" />
              <p role="status" aria-live="polite" id="results-count" tabIndex={-1}>
                {t("search.count", { count: search.totalCount })}
                {search.totalCount > 0 && (
                  <>
                    {" · "}
                    <a className="no-print" href={baseQuery ? `/premises/export?${baseQuery}` : "/premises/export"} download>
                      {t("search.exportCsv")}
                    </a>
                  </>
                )}
                {after && (
                  <>
                    {" "}
                    <Link href={baseQuery ? `/premises?${baseQuery}` : "/premises"}>{t("search.firstPage")}</Link>
                  </>
                )}
              </p>
              {search.edges.length === 0 ? (
                <div className="empty-state">
                  <p>{t("search.empty")}</p>
                  <p>
                    <Link href="/premises">{t("search.emptyReset")}</Link>
                  </p>
                </div>
              ) : (
                <>
                  <SearchMap
                    filter={filter}
                    onPage={onPage}
                    labels={{ label: t("map.label"), loading: t("map.loading"), unavailable: t("map.unavailable"), open: t("map.openCard") }}
                  />
                  <ul className={styles.cards}>
                    {search.edges.map(({ node }) => (
                      <li key={node.id} id={`premises-${node.id}`}>
                        <PremisesCard p={node} />
                      </li>
                    ))}
                  </ul>
                  <nav className="pagination no-print" aria-label={t("search.pagination")}>
                    {after && (
                      <Link className="button button-secondary" href={baseQuery ? `/premises?${baseQuery}` : "/premises"}>
                        {t("search.firstPage")}
                      </Link>
                    )}
                    {nextHref && (
                      <Link className="button" href={nextHref} rel="next">
                        {t("search.nextPage")}
                      </Link>
                    )}
                  </nav>
                </>
              )}
            </>
          )}
        </section>
        <aside className={styles.sidebar} aria-label={t("search.extras")}>
          <section aria-labelledby="alerts-heading" className={`${styles.facets} no-print`}>
            <h2 id="alerts-heading">{t("alerts.title")}</h2>
            {user ? (
              <>
                {!errorList.length && <SaveSearch filter={filter} suggestedName={suggestedName(state, t, t("search.title"))} />}
                {saved.length > 0 && (
                  <>
                    <h3>{t("alerts.mine")}</h3>
                    <ul className={styles.facetList}>
                      {saved.map((s) => (
                        <li key={s.id}>
                          <Link href={s.query ? `/premises?${s.query}` : "/premises"}>{s.name}</Link> <DeleteSavedSearch id={s.id} name={s.name} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            ) : (
              <p>
                <Link href={`/signin?callbackUrl=${encodeURIComponent(baseQuery ? `/premises?${baseQuery}` : "/premises")}`}>{t("alerts.signIn")}</Link>
              </p>
            )}
          </section>
          {facets && facets.totalCount > 0 && (
            <section aria-labelledby="facets-heading" className={`${styles.facets} no-print`}>
              <h2 id="facets-heading">{t("facets.title")}</h2>
              <p>
                {t("facets.area", { min: format.number(facets.areaMin ?? 0), max: format.number(facets.areaMax ?? 0) })}
                <br />
                {t("facets.rent", { min: money(facets.rentMin ?? 0), max: money(facets.rentMax ?? 0) })}
              </p>
              <h3>{t("facets.histogram")}</h3>
              <ul className={styles.histogram}>
                {facets.rentHistogram.map((b) => {
                  const max = Math.max(...facets.rentHistogram.map((x) => x.count), 1);
                  return (
                    <li key={b.from}>
                      <span className={styles.histLabel}>
                        {money(b.from)}–{money(b.to)}
                      </span>
                      <span className={styles.histBar} style={{ width: `${(b.count / max) * 100}%` }} aria-hidden="true" />
                      <span>{b.count}</span>
                    </li>
                  );
                })}
              </ul>
              <h3>{t("facets.districts")}</h3>
              <ul className={styles.facetList}>
                {facets.districts.map((d) => {
                  const href = `/premises?${toQueryString({ ...state, districts: [d.district] })}`;
                  return (
                    <li key={d.district}>
                      <Link href={href}>{d.district}</Link> <span className="muted">({d.count})</span>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}

/** How many filters differ from the empty search (the sort is not a filter). */
function activeFilters(s: ReturnType<typeof parseSearchState>): number {
  return (
    [s.areaMin || s.areaMax, s.rentMin || s.rentMax, s.status, s.stepFree, s.preferentialRent, s.text.trim()].filter(Boolean).length +
    (s.districts.length ? 1 : 0) +
    (s.conditions.length ? 1 : 0) +
    (s.utilities.length ? 1 : 0)
  );
}

/**
 * A readable default name for a saved search in the page's language, e.g. "Podgórz, 40–120 m²,
 * 0–3000 zł" ("PLN 0–3000" in English, which showed the Polish "zł" and quotes).
 */
function suggestedName(
  s: ReturnType<typeof parseSearchState>,
  t: (key: "alerts.suggestedRent" | "alerts.suggestedText", values: Record<string, string>) => string,
  fallback: string,
): string {
  const parts: string[] = [];
  if (s.districts.length) parts.push(s.districts.slice(0, 3).join(", ") + (s.districts.length > 3 ? "…" : ""));
  if (s.areaMin || s.areaMax) parts.push(`${s.areaMin || "0"}–${s.areaMax || "∞"} m²`);
  if (s.rentMin || s.rentMax) parts.push(t("alerts.suggestedRent", { min: s.rentMin || "0", max: s.rentMax || "∞" }));
  if (s.text.trim()) parts.push(t("alerts.suggestedText", { text: s.text.trim().slice(0, 40) }));
  return (parts.join(", ") || fallback).slice(0, 100);
}
