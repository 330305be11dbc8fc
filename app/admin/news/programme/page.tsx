import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { getDateFormatter } from "../../../lib/dates-server";
import { refusedPage } from "../../access";
import { pageTitle } from "../../../lib/page-title";

const AdminProgrammePagesQuery = graphql(`
  query AdminProgrammePages {
    programmePages { key title updatedAt hasUnpublishedChanges draft { title } }
    programmePartners { id }
  }
`);

export const generateMetadata = pageTitle("programme", "admin.title");

export default async function AdminProgrammePagesPage() {
  const refused = await refusedPage("news");
  if (refused) return refused;
  const [{ programmePages, programmePartners }, t, fmtDate] = await Promise.all([gql(AdminProgrammePagesQuery), getTranslations("programme"), getDateFormatter()]);
  const ta = await getTranslations("accessibility");
  return (
    <div className="stack">
      <p>
        <Link href="/programme">/programme</Link>
      </p>
      <h1>{t("admin.title")}</h1>
      <p className="muted">{t("admin.lead")}</p>
      <ul>
        {programmePages.map((p) => (
          <li key={p.key}>
            <Link href={`/admin/news/programme/${p.key}`}>{p.draft?.title ?? p.title}</Link>{" "}
            <span className="muted">
              — {p.hasUnpublishedChanges ? t("admin.state.draftShort") : t("admin.state.publishedShort")},{" "}
              {fmtDate(p.updatedAt, "dateTime")}
            </span>
          </li>
        ))}
      </ul>
      <h2>{ta("title")}</h2>
      <ul>
        <li>
          <Link href="/admin/news/programme/accessibility">{ta("title")} (polski)</Link>
        </li>
        <li>
          <Link href="/admin/news/programme/accessibility-en" hrefLang="en">
            <span lang="en">Accessibility statement</span> (English)
          </Link>
        </li>
      </ul>
      <p className="muted">{ta("editHint")}</p>
      <h2>{t("admin.partners.title")}</h2>
      <p>
        <Link href="/admin/news/partners">{t("admin.partners.manage", { count: programmePartners.length })}</Link>
      </p>
    </div>
  );
}
