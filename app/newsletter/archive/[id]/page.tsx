import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { PrintButton } from "../../../news/print-button";
import { getDateFormatter } from "../../../lib/dates-server";
import { BackLink } from "../../../components/back-link";

const NewsletterIssueQuery = graphql(`
  query NewsletterIssuePage($id: ID!) {
    newsletterIssue(id: $id) { id subject intro sentAt status posts { id slug title lead bodyHtml } }
  }
`);

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { newsletterIssue } = await gql(NewsletterIssueQuery, { id: (await params).id });
  return { title: newsletterIssue?.subject ?? (await getTranslations("news"))("newsletter.archive.title") };
}

/** A past issue as it was sent: numbered items with their titles and full text. */
export default async function NewsletterIssuePage({ params }: Params) {
  const { id } = await params;
  const [{ newsletterIssue: issue }, t, fmtDate] = await Promise.all([
    gql(NewsletterIssueQuery, { id }),
    getTranslations("news.newsletter"),
    getDateFormatter(),
  ]);
  if (!issue) notFound();
  return (
    <article className="stack" style={{ maxWidth: "46rem" }}>
      <BackLink href="/newsletter/archive">{t("archive.back")}</BackLink>
      <h1>{issue.subject}</h1>
      {issue.sentAt && <p className="muted">{t("archive.sent", { date: fmtDate(issue.sentAt, "dateLong") })}</p>}
      <PrintButton />
      {issue.intro && <p>{issue.intro}</p>}
      <ol className="stack">
        {issue.posts.map((p) => (
          <li key={p.id}>
            <h2 style={{ fontSize: "1.2rem" }}>
              <Link href={`/news/${p.slug}`}>{p.title}</Link>
            </h2>
            {/* Rendered and sanitised on the server (news.markdown.ts). */}
            <div dangerouslySetInnerHTML={{ __html: p.bodyHtml }} />
          </li>
        ))}
      </ol>
    </article>
  );
}
