import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TORUN_DISTRICTS } from "../../entities/districts";
import { graphql } from "../gql";
import { nextCursor } from "../lib/next-page";
import type { DemandKind, NoticeKind } from "../gql/graphql";
import { GraphQLRequestError, gql } from "../lib/graphql-server";
import { currentUser } from "../lib/session";
import { FilterPanel, SkipToResults } from "../components/filter-panel";
import styles from "./marketplace.module.css";
import { DemandSubscriptions } from "./demands/subscriptions";
import { DemandList } from "./demands/demand-list";
import { NoticeList } from "./equipment/notice-list";
import { ProductList } from "./products/product-list";
import { PaginationNav } from "./pagination-nav";
import { str, tabOf, withParams, type SP, type Tab } from "./search-params";
import { OwnerRequestsBadge } from "../components/waiting-badge";
import { DistrictOptions } from "../components/forms/district-options";
import { pageTitleAndDescription } from "../lib/page-title";
import { FilterField } from "../components/filter-toolbar";
import { isStaffRole } from "../../entities/roles";

const NoticesQuery = graphql(`
  query MarketplaceNotices($filter: EquipmentNoticeFilter, $first: Int, $after: String) {
    equipmentNotices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges { node { id kind title description status district category condition organization { name slug } coverPhoto { thumbUrl } } }
    }
  }
`);

const ProductsQuery = graphql(`
  query MarketplaceProducts($filter: ProductFilter, $first: Int, $after: String) {
    products(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges { node { ...ProductFields organization { name slug } coverPhoto { thumbUrl } } }
    }
  }
`);

const DemandsQuery = graphql(`
  query MarketplaceDemands($filter: DemandFilter, $first: Int, $after: String) {
    demands(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges { node { id kind title category deadline budget socialClause status acceptingOffers } }
    }
  }
`);

const PAGE_SIZE = 12;
const NOTICE_KINDS = ["GIVE_AWAY", "EXCHANGE", "LEND", "WANTED"] as const;
const DEMAND_KINDS = ["COMMISSION", "REQUEST_FOR_QUOTATION"] as const;

async function fetchNotices(sp: SP, text: string | undefined, after: string | undefined) {
  const kind = (NOTICE_KINDS as readonly string[]).includes(str(sp, "kind")) ? (str(sp, "kind") as NoticeKind) : undefined;
  const district = (TORUN_DISTRICTS as readonly string[]).includes(str(sp, "district")) ? str(sp, "district") : undefined;
  const mine = sp.mine === "1" ? true : undefined;
  const status = mine ? str(sp, "status") || undefined : undefined;
  return (await gql(NoticesQuery, { filter: { text, kind, district, mine, status }, first: PAGE_SIZE, after })).equipmentNotices;
}

async function fetchProducts(sp: SP, text: string | undefined, after: string | undefined, priceMax: number | undefined) {
  const filter = { text, category: str(sp, "category") || undefined, socialClauseSuitable: sp.sc === "1" ? true : undefined, priceMax };
  return (await gql(ProductsQuery, { filter, first: PAGE_SIZE, after })).products;
}

async function fetchDemands(sp: SP, text: string | undefined, after: string | undefined) {
  const kind = (DEMAND_KINDS as readonly string[]).includes(str(sp, "kind")) ? (str(sp, "kind") as DemandKind) : undefined;
  const filter = {
    text,
    kind,
    open: sp.open === "1" ? true : undefined,
    socialClause: sp.sc === "1" ? true : undefined,
    mine: sp.mine === "1" ? true : undefined,
  };
  return (await gql(DemandsQuery, { filter, first: PAGE_SIZE, after })).demands;
}

export const generateMetadata = pageTitleAndDescription("marketplace", "title", "intro");

export default async function MarketplacePage({ searchParams }: { searchParams: Promise<SP> }) {
  const sp = await searchParams;
  const tab = tabOf(sp);
  const [t, tf, user] = await Promise.all([getTranslations("marketplace"), getTranslations("common"), currentUser()]);
  const after = str(sp, "after", 2000) || undefined;
  const text = str(sp, "q") || undefined;

  type Notices = Awaited<ReturnType<typeof fetchNotices>>;
  type Products = Awaited<ReturnType<typeof fetchProducts>>;
  type Demands = Awaited<ReturnType<typeof fetchDemands>>;
  let notices: Notices | null = null;
  let products: Products | null = null;
  let demands: Demands | null = null;
  let invalid = false;
  let priceInvalid = false;
  try {
    if (tab === "equipment") notices = await fetchNotices(sp, text, after);
    else if (tab === "products") {
      // "12,50" is how a price is written in Polish: accept the decimal comma.
      const priceRaw = str(sp, "priceMax").replace(/\s/g, "").replace(",", ".");
      const priceMax = priceRaw && Number.isFinite(Number(priceRaw)) && Number(priceRaw) >= 0 ? Number(priceRaw) : undefined;
      if (priceRaw && priceMax === undefined) invalid = priceInvalid = true;
      products = await fetchProducts(sp, text, after, priceMax);
    } else demands = await fetchDemands(sp, text, after);
  } catch (err) {
    if (!(err instanceof GraphQLRequestError) || err.code !== "BAD_USER_INPUT") throw err;
    invalid = true;
  }
  const page = notices ?? products ?? demands;
  const total = page?.totalCount ?? 0;
  const next = nextCursor(page?.pageInfo);

  let list: React.ReactNode = null;
  if (notices?.edges.length) list = <NoticeList notices={notices.edges.map((e) => e.node)} />;
  else if (products?.edges.length) list = <ProductList products={products.edges.map((e) => e.node)} />;
  else if (demands?.edges.length) list = <DemandList demands={demands.edges.map((e) => e.node)} />;

  const canPostNotice = user && (user.role === "PES_MEMBER" || user.role === "RESIDENT");
  const canPostDemand = user && isStaffRole(user.role);
  // The kind filter of the tab, if it has one: notices and demands each have their own kinds.
  const kinds =
    tab === "equipment"
      ? NOTICE_KINDS.map((k) => [k, t(`kinds.${k}`)] as const)
      : tab === "demands"
        ? DEMAND_KINDS.map((k) => [k, t(`demandKinds.${k}`)] as const)
        : null;
  const tabHref = (to: Tab) => `/marketplace${withParams({}, { tab: to === "equipment" ? null : to })}`;

  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <nav aria-label={t("tabs.label")} className={`${styles.tabs} no-print`}>
        {(["equipment", "products", "demands"] as const).map((x) => (
          <Link key={x} href={tabHref(x)} aria-current={tab === x ? "page" : undefined}>
            {t(`tabs.${x}`)}
          </Link>
        ))}
      </nav>
      <h2>{t(`tabs.${tab}`)}</h2>
      <div className={`${styles.toolbar} no-print`}>
        {tab === "equipment" && canPostNotice && (
          <Link className="button" href="/marketplace/equipment/new">
            {t("notice.add")}
          </Link>
        )}
        {tab === "equipment" && user && (
          <span className={styles.actions}>
            <Link href="/marketplace/bookings">{t("booking.mine")}</Link>
            {canPostNotice && <Link href="/marketplace?mine=1">{t("notice.mine")}<OwnerRequestsBadge /></Link>}
          </span>
        )}
        {tab === "products" && user?.role === "PES_MEMBER" && (
          <Link className="button" href="/marketplace/products/new">
            {t("productForm.add")}
          </Link>
        )}
        {tab === "demands" && canPostDemand && <Link href="/marketplace?tab=demands&mine=1">{t("demand.mine")}</Link>}
        {tab === "demands" && canPostDemand && (
          <Link className="button" href="/marketplace/demands/new">
            {t("demand.add")}
          </Link>
        )}
      </div>
      <FilterPanel active={["q", "kind", "district", "category", "priceMax", "open", "sc"].filter((k) => str(sp, k)).length} open={invalid}>
      <form method="get" action="/marketplace#results" className="form no-print" role="search">
        <SkipToResults />
        <fieldset>
          <legend>{t("search.legend")}</legend>
          {tab !== "equipment" && <input type="hidden" name="tab" value={tab} />}
          {sp.mine === "1" && <input type="hidden" name="mine" value="1" />}
          <div className={styles.filters}>
            <FilterField id="q" label={t("search.text")}>
              <input id="q" name="q" type="search" defaultValue={str(sp, "q")} maxLength={200} aria-describedby="q-hint" />
              <span id="q-hint" className="hint">{t("search.textHint")}</span>
            </FilterField>
            {kinds && (
              <FilterField id="kind" label={t("search.kind")}>
                <select id="kind" name="kind" defaultValue={str(sp, "kind")}>
                  <option value="">{t("search.any")}</option>
                  {kinds.map(([k, label]) => (
                    <option key={k} value={k}>{label}</option>
                  ))}
                </select>
              </FilterField>
            )}
            {tab === "equipment" && (
              <FilterField id="district" label={t("search.district")}>
                <select id="district" name="district" defaultValue={str(sp, "district")}>
                  <DistrictOptions empty={t("search.any")} />
                </select>
              </FilterField>
            )}
            {tab === "products" && (
              <>
                <FilterField id="category" label={t("search.category")}>
                  <input id="category" name="category" defaultValue={str(sp, "category")} maxLength={100} />
                </FilterField>
                <FilterField id="priceMax" label={t("search.priceMax")}>
                  <input
                    id="priceMax"
                    name="priceMax"
                    inputMode="decimal"
                    defaultValue={str(sp, "priceMax")}
                    aria-invalid={priceInvalid || undefined}
                    aria-describedby={priceInvalid ? "priceMax-error" : undefined}
                  />
                  {priceInvalid && (
                    <span id="priceMax-error" className="error">
                      {t("search.priceInvalid")}
                    </span>
                  )}
                </FilterField>
              </>
            )}
            {tab === "demands" && (
              <div className="field field-inline">
                <input id="open" name="open" type="checkbox" value="1" defaultChecked={sp.open === "1"} />
                <label htmlFor="open">{t("search.openOnly")}</label>
              </div>
            )}
            {tab !== "equipment" && (
              <div className="field field-inline">
                <input id="sc" name="sc" type="checkbox" value="1" defaultChecked={sp.sc === "1"} />
                <label htmlFor="sc">{t("search.socialClause")}</label>
              </div>
            )}
            <div className={`${styles.actions} filter-submit`}>
              <button type="submit" className="button">{invalid ? t("search.submit") : tf("filters.show", { count: total })}</button>
              <Link href={tabHref(tab)}>{t("search.reset")}</Link>
            </div>
          </div>
        </fieldset>
      </form>
      </FilterPanel>
      <div aria-live="polite" id="results">
        {invalid ? (
          <p className="alert alert-error" role="alert">{t("search.invalid")}</p>
        ) : (
          <p className="muted">{t("search.results", { count: total })}</p>
        )}
      </div>
      {list ?? (!invalid && <p className="empty-state">{t("empty")}</p>)}
      {tab === "demands" && user?.role === "PES_MEMBER" && <DemandSubscriptions />}
      {tab === "demands" && (
        <p className="muted">
          {t("openData.lead")} <a href="/marketplace/demands/ocds.json">{t("openData.json")}</a> · <a href="/marketplace/demands/ocds.csv">{t("openData.csv")}</a>
        </p>
      )}
      <PaginationNav
        label={t("pagination.label")}
        nextLabel={t("pagination.next")}
        firstLabel={t("pagination.first")}
        nextHref={next ? `/marketplace${withParams(sp, { after: next })}` : null}
        firstHref={after ? `/marketplace${withParams(sp, { after: null })}` : null}
      />
    </div>
  );
}
