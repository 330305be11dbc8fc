import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { getDateFormatter } from "../../../lib/dates-server";
import { EnquiryReplyForm } from "./reply-form";
import { refusedPage } from "../../access";
import { BackLink } from "../../../components/back-link";
import { pageTitle } from "../../../lib/page-title";

const InboxQuery = graphql(`
  query AdminPremisesEnquiries($all: Boolean) {
    premisesEnquiries(all: $all, first: 100) {
      id
      message
      createdAt
      status
      reply
      repliedAt
      repliedByName
      canReply
      premises {
        id
        address
        district
      }
      sender {
        name
        email
      }
      organization {
        name
      }
    }
  }
`);

export const generateMetadata = pageTitle("premises", "admin.inbox.title");

export default async function EnquiriesPage({ searchParams }: { searchParams: Promise<{ all?: string }> }) {
  const refused = await refusedPage("premises");
  if (refused) return refused;
  const sp = await searchParams;
  const all = sp.all === "1";
  const [t, fmtDate, data] = await Promise.all([getTranslations("premises.admin.inbox"), getDateFormatter(), gql(InboxQuery, { all })]);
  const items = data.premisesEnquiries;
  return (
    <>
      <BackLink href="/admin/premises">{t("back")}</BackLink>
      <h1>{t("title")}</h1>
      <p className="no-print">
        {all ? <Link href="/admin/premises/enquiries">{t("showMine")}</Link> : <Link href="/admin/premises/enquiries?all=1">{t("showAll")}</Link>}
      </p>
      {/* One sentence when there is nothing: the count ("Brak zapytań") above the empty state said it twice. */}
      {items.length > 0 && <p>{all ? t("countAll", { count: items.length }) : t("countMine", { count: items.length })}</p>}
      {items.length === 0 ? (
        <p className="empty-state">{all ? t("empty") : t("emptyMine")}</p>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {items.map((e) => (
            <li key={e.id} className="card">
              <article aria-labelledby={`enq-${e.id}`}>
                <h2 id={`enq-${e.id}`} style={{ fontSize: "1.1rem", marginTop: 0 }}>
                  {e.premises ? <Link href={`/premises/${e.premises.id}`}>{e.premises.address}</Link> : t("deleted")}
                  {e.premises && <span className="muted"> — {e.premises.district}</span>}
                </h2>
                <p className="muted">
                  {fmtDate(e.createdAt, "dateTime")} ·{" "}
                  {e.sender ? (
                    <>
                      {e.sender.name} (<a href={`mailto:${e.sender.email}`}>{e.sender.email}</a>)
                    </>
                  ) : (
                    "—"
                  )}
                  {e.organization && <> · {e.organization.name}</>}
                </p>
                <p>
                  <span className={e.status === "NEW" ? "badge badge-warning" : e.status === "ANSWERED" ? "badge badge-success" : "badge"}>
                    {t(`status.${e.status}`)}
                  </span>
                </p>
                <p style={{ whiteSpace: "pre-line" }}>{e.message}</p>
                {e.reply && (
                  <div className="stack">
                    <p className="muted">{t("repliedBy", { name: e.repliedByName ?? "—", date: fmtDate(e.repliedAt, "dateTime") })}</p>
                    <p style={{ whiteSpace: "pre-line", borderLeft: "3px solid var(--c-border)", paddingLeft: ".75rem" }}>{e.reply}</p>
                  </div>
                )}
                {e.canReply ? <EnquiryReplyForm id={e.id} status={e.status} /> : e.status !== "HANDLED" && <p className="muted">{t("notInCharge")}</p>}
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
