import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { refusedPage } from "../access";
import { TableRegion } from "../table-region";
import { Pagination, pageParam } from "../pagination";
import { isoDateTime } from "../../lib/dates";
import { getDateFormatter } from "../../lib/dates-server";

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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("audit.title") };
}

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
      {items.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <TableRegion label={t("title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("action")}</th>
                <th scope="col">{t("object")}</th>
                <th scope="col">{t("data")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
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
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <Pagination path="/admin/audit" params={{}} page={page} pageSize={PAGE_SIZE} total={total} />
    </>
  );
}
