import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { refusedPage } from "../access";
import { AdminTable } from "../table-region";
import { StackedCell, StackedRow, StackedRowHeader } from "../../components/data-table";
import styles from "../admin.module.css";
import { Pagination, pageParam } from "../pagination";
import { RoleForm } from "./role-form";
import { getDateFormatter } from "../../lib/dates-server";
import { pageTitle } from "../../lib/page-title";
import { FilterField, FilterToolbar } from "../../components/filter-toolbar";
import { textParam } from "../../lib/search-params";

const UsersQuery = graphql(`
  query AdminUsers($search: String!, $first: Int!, $offset: Int!) {
    users(search: $search, first: $first, offset: $offset) {
      total
      items {
        id
        name
        email
        role
        accountType
        approvalStatus
        createdAt
      }
    }
  }
`);

const PAGE_SIZE = 25;

export const generateMetadata = pageTitle("admin", "users.title");

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const refused = await refusedPage("users");
  if (refused) return refused;
  const user = await currentUser();
  const sp = await searchParams;
  const q = textParam(sp.q, 100);
  const page = pageParam(sp.page);
  const [t, ta, fmtDate, data] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("auth.account"),
    getDateFormatter(),
    gql(UsersQuery, { search: q, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ]);
  const { items, total } = data.users;

  return (
    <>
      <h1>{t("title")}</h1>
      <FilterToolbar action="/admin/users" search className={`${styles.toolbar} no-print`} submit={t("searchButton")}>
        <FilterField id="users-q" label={t("search")}>
          <input id="users-q" name="q" type="search" defaultValue={q} maxLength={100} />
        </FilterField>
      </FilterToolbar>
      <p role="status">{t("count", { total })}</p>
      <AdminTable
        label={t("title")}
        empty={t("empty")}
        stacked
        columns={[t("name"), t("email"), t("accountType"), t("created"), t("role")]}
        rows={items}
        row={(u) => (
          <StackedRow key={u.id}>
            <StackedRowHeader>{u.name}</StackedRowHeader>
            <StackedCell label={t("email")}>{u.email}</StackedCell>
            <StackedCell label={t("accountType")}>{ta(`accountTypes.${u.accountType}`)}</StackedCell>
            <StackedCell label={t("created")}>{fmtDate(u.createdAt, "date")}</StackedCell>
            <StackedCell label={t("role")}>
              <RoleForm userId={u.id} name={u.name} role={u.role} self={u.id === user?.id} />
            </StackedCell>
          </StackedRow>
        )}
      />
      <Pagination path="/admin/users" params={{ q }} page={page} pageSize={PAGE_SIZE} total={total} />
    </>
  );
}
