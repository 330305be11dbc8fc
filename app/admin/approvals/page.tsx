import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { refusedPage } from "../access";
import { StackedCell, StackedRow, StackedRowHeader } from "../../components/data-table";
import { AdminTable } from "../table-region";
import { DecisionButtons } from "./decision-buttons";
import { getDateFormatter } from "../../lib/dates-server";
import { pageTitle } from "../../lib/page-title";

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
        address
        email
        phone
        website
        description
        createdAt
        applicant {
          name
          email
        }
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

export const generateMetadata = pageTitle("admin", "approvals.title");

export default async function ApprovalsPage() {
  const refused = await refusedPage("approvals");
  if (refused) return refused;
  const [t, ta, tr, fmtDate, data] = await Promise.all([
    getTranslations("admin.approvals"),
    getTranslations("privacy.adminApprovals"),
    getTranslations("auth.account.orgForm"),
    getDateFormatter(),
    gql(PendingApprovalsQuery),
  ]);
  const { officials, organizations, memberships } = data.pendingApprovals;
  const when = (iso: string) => fmtDate(iso, "dateTime");

  return (
    <>
      <h1>{t("title")}</h1>
      <DecisionSection
        id="officials"
        columns={["name", "email", "since"]}
        rows={officials.map((o) => ({
          key: o.id,
          head: o.name,
          cells: [o.email, when(o.createdAt)],
          actions: <DecisionButtons kind="official" id={o.id} name={o.name} />,
        }))}
      />
      <DecisionSection
        id="organizations"
        columns={["organization", "legalForm", "identifiers", "district", "since"]}
        rows={organizations.map((o) => ({
          key: o.id,
          head: (
            <>
              {o.name}
              <Entered
                items={[
                  [ta("applicant"), o.applicant ? `${o.applicant.name} <${o.applicant.email}>` : null],
                  [ta("address"), o.address],
                  [ta("contact"), [o.email, o.phone, o.website].filter(Boolean).join(", ") || null],
                  [ta("description"), o.description],
                ]}
              />
            </>
          ),
          cells: [tr(`legalForms.${o.legalForm}`), [o.nip, o.krs].filter(Boolean).join(" / ") || "—", o.district ?? "—", when(o.createdAt)],
          actions: <DecisionButtons kind="organization" id={o.id} name={o.name} />,
        }))}
      />
      <DecisionSection
        id="memberships"
        columns={["person", "organization", "since"]}
        rows={memberships.map((m) => ({
          key: m.id,
          head: (
            <>
              {m.user?.name} <span className="muted">{m.user?.email}</span>
            </>
          ),
          cells: [m.organization.name, when(m.createdAt)],
          actions: <DecisionButtons kind="membership" id={m.id} name={m.user?.name ?? ""} organization={m.organization.name} />,
        }))}
      />
    </>
  );
}

/** What the applicant entered, under the name (only the fields they filled in). */
function Entered({ items }: { items: [string, string | null | undefined][] }) {
  const filled = items.filter(([, v]) => v);
  if (!filled.length) return null;
  return (
    <dl style={{ fontWeight: "normal", fontSize: ".9rem", margin: ".25rem 0 0" }}>
      {filled.map(([k, v]) => (
        <div key={k}>
          <dt style={{ display: "inline", fontWeight: 600 }}>{k}:</dt> <dd style={{ display: "inline", margin: 0 }}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

type DecisionRow = { key: string; head: ReactNode; cells: ReactNode[]; actions: ReactNode };

type Queue = "officials" | "organizations" | "memberships";
type Column = "name" | "email" | "since" | "organization" | "legalForm" | "identifiers" | "district" | "person";

/**
 * One queue of pending decisions: a table whose first column names the row, or an empty state.
 * On a phone each row is a card: side by side, the decision buttons were off the screen.
 * Its texts are the queue's messages: the title named as the queue, the empty state `…Empty`.
 */
async function DecisionSection(props: { id: Queue; columns: Column[]; rows: DecisionRow[] }) {
  const t = await getTranslations("admin.approvals");
  const headingId = `${props.id}-heading`;
  const title = t(props.id);
  const columns = props.columns.map((c) => t(c));
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <AdminTable
        label={title}
        empty={t(`${props.id}Empty`)}
        stacked
        columns={[...columns, { label: t("actions"), className: "no-print" }]}
        rows={props.rows}
        row={(r) => (
          <StackedRow key={r.key}>
            <StackedRowHeader>{r.head}</StackedRowHeader>
            {r.cells.map((c, i) => (
              <StackedCell key={i} label={columns[i + 1]}>
                {c}
              </StackedCell>
            ))}
            <StackedCell className="no-print">{r.actions}</StackedCell>
          </StackedRow>
        )}
      />
    </section>
  );
}
