import Link from "next/link";
import { ButtonLinks } from "../../components/button-links";
import { getFormatter, getTranslations } from "next-intl/server";
import { graphql } from "../../gql";
import { nextCursor } from "../../lib/next-page";
import type { PremisesStatus } from "../../gql/graphql";
import { GraphQLRequestError, gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { STATUS_BADGE } from "../../premises/premises-card";
import styles from "../admin.module.css";
import { DeleteButton } from "./delete-button";
import { AdminTable } from "../table-region";
import { StackedCell, StackedRow, StackedRowHeader } from "../../components/data-table";
import { getDateFormatter } from "../../lib/dates-server";
import { refusedPage } from "../access";
import { Options } from "../../components/forms/options";
import { pageTitle } from "../../lib/page-title";
import { FilterField, FilterToolbar } from "../../components/filter-toolbar";
import { textParam } from "../../lib/search-params";
import { SavedNotice } from "../../components/forms/action-status";

const ListQuery = graphql(`
  query AdminPremisesList($filter: PremisesFilter, $after: String) {
    premisesSearch(filter: $filter, orderBy: NEWEST, first: 50, after: $after) {
      totalCount
      pageInfo { ...NextPage }
      edges {
        node {
          id
          code
          address
          district
          areaM2
          monthlyRent
          status
          updatedAt
        }
      }
    }
  }
`);

const ALL: PremisesStatus[] = ["AVAILABLE", "RESERVED", "RENTED", "WITHDRAWN"];

export const generateMetadata = pageTitle("premises", "admin.title");

export default async function AdminPremisesPage({ searchParams }: { searchParams: Promise<{ q?: string; status?: string; mine?: string; after?: string; saved?: string }> }) {
  const refused = await refusedPage("premises");
  if (refused) return refused;
  const sp = await searchParams;
  const q = textParam(sp.q, 200);
  const status = ALL.includes(sp.status as PremisesStatus) ? (sp.status as PremisesStatus) : "";
  const after = typeof sp.after === "string" ? sp.after : undefined;
  const [t, ts, format, user] = await Promise.all([getTranslations("premises.admin"), getTranslations("premises.status"), getFormatter(), currentUser()]);
  const fmtDate = await getDateFormatter();
  const mine = sp.mine === "1" && !!user;
  let data;
  try {
    data = await gql(ListQuery, { filter: { status: status ? [status] : ALL, text: q || null, ownerId: mine ? user!.id : null }, after });
  } catch (err) {
    if (!(err instanceof GraphQLRequestError) || err.code !== "BAD_USER_INPUT") throw err;
    data = null;
  }
  const list = data?.premisesSearch;
  const next = nextCursor(list?.pageInfo);
  const keep = new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), ...(mine ? { mine: "1" } : {}) });

  return (
    <>
      <h1>{t("title")}</h1>
      <ButtonLinks
        className={`${styles.toolbar} no-print`}
        links={[
          { href: "/admin/premises/new", label: t("new") },
          { href: "/admin/premises/enquiries", label: t("enquiries") },
          { href: "/admin/premises/import", label: t("importLink") },
        ]}
      />
      {sp.saved && (
        <SavedNotice>
          {t("saved")} <Link href={`/premises/${encodeURIComponent(sp.saved)}`}>{t("view")}</Link>
        </SavedNotice>
      )}
      <FilterToolbar action="/admin/premises" search className={`${styles.toolbar} no-print`} submit={t("searchButton")}>
        <FilterField id="ap-q" label={t("search")}>
          <input id="ap-q" name="q" type="search" defaultValue={q} maxLength={200} />
        </FilterField>
        <FilterField id="ap-status" label={t("statusFilter")}>
          <select id="ap-status" name="status" defaultValue={status}>
            <Options values={ALL} label={(s) => ts(s)} empty={t("allStatuses")} />
          </select>
        </FilterField>
        <div className="field-inline">
          <input id="ap-mine" name="mine" type="checkbox" value="1" defaultChecked={mine} />
          <label htmlFor="ap-mine">{t("onlyMine")}</label>
        </div>
      </FilterToolbar>
      {!list ? (
        <div className="alert alert-error" role="alert">
          {t("badSearch")}
        </div>
      ) : (
        <>
          <p role="status">{t("count", { count: list.totalCount })}</p>
          <AdminTable
            label={t("title")}
            empty={t("empty")}
            stacked
            columns={[t("address"), t("district"), t("area"), t("rent"), t("status"), t("updated"), <span key="actions" className="visually-hidden">{t("actions")}</span>]}
            rows={list.edges.map(({ node }) => node)}
            row={(p) => (
              <StackedRow key={p.id}>
                <StackedRowHeader>
                  <Link href={`/premises/${p.id}`}>{p.address}</Link>
                  {p.code && <div className="muted">{p.code}</div>}
                </StackedRowHeader>
                <StackedCell label={t("district")}>{p.district}</StackedCell>
                <StackedCell label={t("area")}>{format.number(p.areaM2)} m²</StackedCell>
                <StackedCell label={t("rent")}>{format.number(p.monthlyRent, { style: "currency", currency: "PLN" })}</StackedCell>
                <StackedCell label={t("status")}>
                  <span className={STATUS_BADGE[p.status]}>{ts(p.status)}</span>
                </StackedCell>
                <StackedCell label={t("updated")}>{fmtDate(p.updatedAt, "dateShort")}</StackedCell>
                <StackedCell>
                  <Link className="button button-secondary" href={`/admin/premises/${p.id}/edit`} aria-label={t("editLabel", { address: p.address })}>
                    {t("edit")}
                  </Link>{" "}
                  <DeleteButton id={p.id} address={p.address} />
                </StackedCell>
              </StackedRow>
            )}
          />
          <nav className="pagination no-print" aria-label={t("pagination")}>
            {after && (
              <Link className="button button-secondary" href={`/admin/premises?${keep.toString()}`}>
                {t("firstPage")}
              </Link>
            )}
            {next && (
              <Link
                className="button"
                rel="next"
                href={`/admin/premises?${new URLSearchParams({ ...Object.fromEntries(keep), after: next }).toString()}`}
              >
                {t("nextPage")}
              </Link>
            )}
          </nav>
        </>
      )}
    </>
  );
}
