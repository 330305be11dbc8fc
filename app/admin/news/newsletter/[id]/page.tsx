import { BackLink } from "../../../../components/back-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../../lib/graphql-document";
import { gql } from "../../../../lib/graphql-server";
import { IssueForm } from "../issue-form";
import { SendButtons } from "../send-buttons";
import { refusedPage } from "../../../access";
import { pageTitle } from "../../../../lib/page-title";

const AdminIssueQuery = graphql(`
  query AdminNewsletterIssue($id: ID!) {
    newsletterIssue(id: $id) { id subject intro subjectEn introEn status sentAt recipientCount postIds }
    previewNewsletterIssue(id: $id) { subject text html }
    previewEn: previewNewsletterIssue(id: $id, locale: "en") { subject html }
    newsPosts(first: 50) { edges { node { id title } } }
  }
`);

export const generateMetadata = pageTitle("news", "newsletter.admin.title");

export default async function AdminNewsletterIssuePage({ params }: { params: Promise<{ id: string }> }) {
  const refused = await refusedPage("news");
  if (refused) return refused;
  const { id } = await params;
  const t = await getTranslations("news.newsletter.admin");
  let data;
  try {
    data = await gql(AdminIssueQuery, { id });
  } catch {
    notFound();
  }
  const { newsletterIssue: issue, previewNewsletterIssue: preview, previewEn, newsPosts } = data;
  if (!issue) notFound();
  return (
    <div className="stack">
      <BackLink href="/admin/news/newsletter">{t("title")}</BackLink>
      <h1>{issue.subject}</h1>
      <p className="muted">
        {t(`status.${issue.status}`)} · {t("recipients", { count: issue.recipientCount })}
      </p>
      {issue.status === "DRAFT" && (
        <IssueForm
          issueId={issue.id}
          posts={newsPosts.edges.map(({ node }) => ({ id: node.id, title: node.title }))}
          initial={{ subject: issue.subject, intro: issue.intro ?? "", subjectEn: issue.subjectEn ?? "", introEn: issue.introEn ?? "", postIds: [...issue.postIds] }}
        />
      )}
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t("preview")}</h2>
        <MailPreview title={t("preview")} html={preview.html} />
      </section>
      <section aria-labelledby="preview-en-heading">
        <h2 id="preview-en-heading">{t("previewEn")}</h2>
        <p className="muted">{t("previewEnSubject", { subject: previewEn.subject })}</p>
        <MailPreview title={t("previewEn")} html={previewEn.html} />
      </section>
      <SendButtons issueId={issue.id} />
    </div>
  );
}

/** The e-mail as sent, in a sandboxed frame (no scripts, no forms, no navigation). */
function MailPreview({ title, html }: { title: string; html: string }) {
  return (
    <iframe
      title={title}
      srcDoc={html}
      sandbox=""
      style={{ width: "100%", minHeight: "28rem", border: "1px solid var(--c-border)", borderRadius: 6 }}
    />
  );
}
