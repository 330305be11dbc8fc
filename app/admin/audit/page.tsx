import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { refusedPage } from "../access";
import { AdminTable } from "../table-region";
import { Pagination, pageParam } from "../pagination";
import { isoDateTime } from "../../lib/dates";
import { getDateFormatter } from "../../lib/dates-server";
import { pageTitle } from "../../lib/page-title";

const AuditQuery = graphql(`
  query AdminAuditLog($first: Int!, $offset: Int!) {
    auditLog(first: $first, offset: $offset) {
      total
      items {
        id
        action
        entityType
        entityId
        data
        createdAt
        actor {
          id
          name
          email
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

export const generateMetadata = pageTitle("admin", "audit.title");

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const refused = await refusedPage("audit");
  if (refused) return refused;
  const page = pageParam((await searchParams).page);
  const [t, fmtDate, data] = await Promise.all([
    getTranslations("admin.audit"),
    getDateFormatter(),
    gql(AuditQuery, { first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ]);
  const { items, total } = data.auditLog;
  return (
    <>
      <h1>{t("title")}</h1>
      <AdminTable
        label={t("title")}
        empty={t("empty")}
        columns={[t("when"), t("who"), t("action"), t("object"), t("data")]}
        rows={items}
        row={(e) => (
          <tr key={e.id}>
            <td>
              <time dateTime={isoDateTime(e.createdAt)}>{fmtDate(e.createdAt, "dateTimeSeconds")}</time>
            </td>
            <td>{e.actor ? `${e.actor.name} (${e.actor.email})` : t("system")}</td>
            <td>
              <code>{e.action}</code>
            </td>
            <td>
              {e.entityType}
              {e.entityId && <span className="muted"> {e.entityId}</span>}
            </td>
            <td>{e.data ? <code>{JSON.stringify(e.data)}</code> : "—"}</td>
          </tr>
        )}
      />
      <Pagination path="/admin/audit" params={{}} page={page} pageSize={PAGE_SIZE} total={total} />
    </>
  );
}
