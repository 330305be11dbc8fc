import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../lib/graphql-document";
import { gql } from "../../lib/graphql-server";
import { getDateFormatter } from "../../lib/dates-server";
import { pageTitle } from "../../lib/page-title";

const NewsletterArchiveQuery = graphql(`
  query NewsletterArchive {
    newsletterIssues(first: 100) { id subject intro sentAt posts { id title } }
  }
`);

export const generateMetadata = pageTitle("news", "newsletter.archive.title");

export default async function NewsletterArchivePage() {
  const [{ newsletterIssues }, t, fmtDate] = await Promise.all([
    gql(NewsletterArchiveQuery),
    getTranslations("news.newsletter"),
    getDateFormatter(),
  ]);
  return (
    <div className="stack">
      <h1>{t("archive.title")}</h1>
      <p className="no-print">
        <Link href="/newsletter">{t("submit")}</Link>
      </p>
      {newsletterIssues.length === 0 ? (
        <p className="empty-state">{t("archive.empty")}</p>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {newsletterIssues.map((i) => (
            <li key={i.id} className="card">
              <h2 style={{ marginTop: 0, fontSize: "1.2rem" }}>
                <Link href={`/newsletter/archive/${i.id}`}>{i.subject}</Link>
              </h2>
              {i.sentAt && (
                <p className="muted">
                  {t("archive.sent", { date: fmtDate(i.sentAt, "dateLong") })}
                </p>
              )}
              <ol>
                {i.posts.map((p) => (
                  <li key={p.id}>{p.title}</li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
