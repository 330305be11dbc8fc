import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { graphql } from "../../gql";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { Forbidden } from "../access";
import { TableRegion } from "../table-region";
import { DecisionButtons } from "./decision-buttons";

const PendingApprovalsQuery = graphql(`
  query AdminPendingApprovals {
    pendingApprovals {
      officials {
        id
        name
        email
        createdAt
      }
      organizations {
        id
        name
        legalForm
        nip
        krs
        district
        createdAt
      }
      memberships {
        id
        createdAt
        user {
          name
          email
        }
        organization {
          name
          verified
        }
      }
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("approvals.title") };
}

export default async function ApprovalsPage() {
  const user = await currentUser();
  if (user?.role !== "ADMIN") return <Forbidden roles={["ADMIN"]} />;
  const [t, ta, format, data] = await Promise.all([
    getTranslations("admin.approvals"),
    getTranslations("auth.account.orgForm"),
    getFormatter(),
    gql(PendingApprovalsQuery),
  ]);
  const { officials, organizations, memberships } = data.pendingApprovals;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  return (
    <>
      <h1>{t("title")}</h1>

      <section aria-labelledby="officials-heading">
        <h2 id="officials-heading">{t("officials")}</h2>
        {officials.length === 0 ? (
          <p className="empty-state">{t("officialsEmpty")}</p>
        ) : (
          <TableRegion label={t("officials")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("email")}</th>
                  <th scope="col">{t("since")}</th>
                  <th scope="col" className="no-print">{t("actions")}</th>
                </tr>
              </thead>
              <tbody>
                {officials.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    <td>{o.email}</td>
                    <td>{when(o.createdAt)}</td>
                    <td className="no-print">
                      <DecisionButtons kind="official" id={o.id} name={o.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>

      <section aria-labelledby="organizations-heading">
        <h2 id="organizations-heading">{t("organizations")}</h2>
        {organizations.length === 0 ? (
          <p className="empty-state">{t("organizationsEmpty")}</p>
        ) : (
          <TableRegion label={t("organizations")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("organization")}</th>
                  <th scope="col">{t("legalForm")}</th>
                  <th scope="col">{t("identifiers")}</th>
                  <th scope="col">{t("district")}</th>
                  <th scope="col">{t("since")}</th>
                  <th scope="col" className="no-print">{t("actions")}</th>
                </tr>
              </thead>
              <tbody>
                {organizations.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    <td>{ta(`legalForms.${o.legalForm}`)}</td>
                    <td>{[o.nip, o.krs].filter(Boolean).join(" / ") || "—"}</td>
                    <td>{o.district ?? "—"}</td>
                    <td>{when(o.createdAt)}</td>
                    <td className="no-print">
                      <DecisionButtons kind="organization" id={o.id} name={o.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>

      <section aria-labelledby="memberships-heading">
        <h2 id="memberships-heading">{t("memberships")}</h2>
        {memberships.length === 0 ? (
          <p className="empty-state">{t("membershipsEmpty")}</p>
        ) : (
          <TableRegion label={t("memberships")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("person")}</th>
                  <th scope="col">{t("organization")}</th>
                  <th scope="col">{t("since")}</th>
                  <th scope="col" className="no-print">{t("actions")}</th>
                </tr>
              </thead>
              <tbody>
                {memberships.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      {m.user?.name} <span className="muted">{m.user?.email}</span>
                    </th>
                    <td>{m.organization.name}</td>
                    <td>{when(m.createdAt)}</td>
                    <td className="no-print">
                      <DecisionButtons kind="membership" id={m.id} name={m.user?.name ?? ""} organization={m.organization.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
    </>
  );
}
