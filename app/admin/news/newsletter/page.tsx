import Link from "next/link";
import { BackLink } from "../../../components/back-link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { IssueForm } from "./issue-form";
import { getDateFormatter } from "../../../lib/dates-server";
import { refusedPage } from "../../access";
import { DataTable } from "../../../components/data-table";
import { pageTitle } from "../../../lib/page-title";

const AdminNewsletterQuery = graphql(`
  query AdminNewsletter {
    newsletterIssues(includeDrafts: true, first: 100) { id subject status sentAt recipientCount createdAt }
    newsletterStats { pending confirmed unsubscribed }
    newsPosts(first: 50) { edges { node { id title } } }
  }
`);

export const generateMetadata = pageTitle("news", "newsletter.admin.title");

export default async function AdminNewsletterPage() {
  const refused = await refusedPage("news");
  if (refused) return refused;
  const [{ newsletterIssues, newsletterStats, newsPosts }, t, fmtDate] = await Promise.all([
    gql(AdminNewsletterQuery),
    getTranslations("news.newsletter.admin"),
    getDateFormatter(),
  ]);
  return (
    <div className="stack">
      <BackLink href="/admin/news">{(await getTranslations("news"))("admin.backToList")}</BackLink>
      <h1>{t("title")}</h1>
      <p className="muted">{t("stats", newsletterStats)}</p>
      <DataTable
        label={t("title")}
        empty={t("empty")}
        columns={[t("subject"), t("statusHeader"), t("recipientsHeader")]}
        rows={newsletterIssues}
        row={(i) => (
          <tr key={i.id}>
            <td>
              <Link href={`/admin/news/newsletter/${i.id}`}>{i.subject}</Link>
            </td>
            <td>
              {t(`status.${i.status}`)}
              {i.sentAt && ` — ${fmtDate(i.sentAt, "dateTime")}`}
            </td>
            <td>{i.recipientCount}</td>
          </tr>
        )}
      />
      <section aria-labelledby="new-issue-heading">
        <h2 id="new-issue-heading">{t("new")}</h2>
        <IssueForm issueId={null} posts={newsPosts.edges.map(({ node }) => ({ id: node.id, title: node.title }))} initial={{ subject: "", intro: "", postIds: [] }} />
      </section>
    </div>
  );
}
