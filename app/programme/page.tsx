import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { graphql } from "../gql";
import { gql } from "../lib/graphql-server";
import { currentUser } from "../lib/session";
import { MONITORING_TEAM_MEMBERS } from "./programme-data";
import { PartnerGrid } from "./partner-grid";
import { getDateFormatter } from "../lib/dates-server";
import { pageTitleAndDescription } from "../lib/page-title";
import { TextList } from "../components/text-list";
import { ProgrammeBody, programmeText, type ProgrammeText } from "./localized";

const ProgrammeQuery = graphql(`
  query ProgrammePage {
    programmePages { ...PublishedProgrammePage draft { title bodyHtml titleEn bodyHtmlEn } }
    programmePartners { id name url description logoUrl logoWidth logoHeight }
    newsPosts(first: 5, category: "MONITORING_TEAM") { edges { node { id slug title publishedAt } } }
  }
`);

export const generateMetadata = pageTitleAndDescription("programme", "title", "lead");

const LEGAL_PAGE_KEYS = ["privacy", "terms"];

type Section = { key: string; title: string; text?: ProgrammeText; content?: ReactNode };

/**
 * About the programme, its monitoring team, awards and partners. The sections are
 * edited by admins (programme pages in the database); the built-in texts are the
 * fallback for a database without them. `?preview=draft` shows an admin the sections'
 * unpublished edits; everyone else always gets the published text (the API gives them no drafts).
 */
export default async function ProgrammePage({ searchParams }: { searchParams: Promise<{ preview?: string }> }) {
  const [t, common, locale, fmtDate, { programmePages, programmePartners, newsPosts }, user, { preview }] = await Promise.all([
    getTranslations("programme"),
    getTranslations("common"),
    getLocale(),
    getDateFormatter(),
    gql(ProgrammeQuery),
    currentUser(),
    searchParams,
  ]);
  const showDrafts = preview === "draft" && user?.role === "ADMIN";
  // The privacy notice and the terms are programme pages too, with pages of their own (/privacy, /terms).
  const ownSections = programmePages.filter((p) => !LEGAL_PAGE_KEYS.includes(p.key));
  const sections: Section[] = ownSections.length
    ? ownSections.map((p) => {
        const text = programmeText(showDrafts && p.draft ? p.draft : p, locale);
        return { key: p.key, title: text.title, text };
      })
    : [
        { key: "about", title: t("about.title"), content: [t("about.p1"), t("about.p2"), t("about.p3")].map((p) => <p key={p}>{p}</p>) },
        {
          key: "team",
          title: t("team.title"),
          content: (
            <>
              <p>{t("team.p1")}</p>
              <h3>{t("team.members")}</h3>
              <TextList items={MONITORING_TEAM_MEMBERS} />
              <h3>{t("team.meetings")}</h3>
              <ul>
                <li>{t("team.meeting1")}</li>
              </ul>
            </>
          ),
        },
        { key: "awards", title: t("awards.title"), content: [t("awards.p1"), t("awards.winner2013")].map((p) => <p key={p}>{p}</p>) },
        {
          key: "partners",
          title: t("partners.title"),
          content: (
            <>
              <p>{t("partners.lead")}</p>
              <p>
                <Link href="/organizations">{t("partners.list.pes")}</Link>
              </p>
            </>
          ),
        },
      ];

  return (
    <div className="stack" style={{ maxWidth: "52rem" }}>
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      {user?.role === "ADMIN" && (
        <p className="no-print">
          <Link className="button button-secondary" href="/admin/news/programme">
            {t("edit")}
          </Link>{" "}
          {showDrafts ? (
            <Link href="/programme">{t("preview.leave")}</Link>
          ) : (
            <Link href="/programme?preview=draft">{t("preview.enter")}</Link>
          )}
        </p>
      )}
      {showDrafts && (
        <p className="alert alert-info" role="status">
          {t("preview.notice")}
        </p>
      )}
      <nav aria-label={t("nav.label")} className="no-print">
        <ul style={{ display: "flex", gap: "1rem", flexWrap: "wrap", listStyle: "none", padding: 0 }}>
          {sections.map((s) => (
            <li key={s.key}>
              <a href={`#${s.key}`} lang={s.text?.lang}>
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <section key={s.key} id={s.key} aria-labelledby={`${s.key}-h`}>
          <h2 id={`${s.key}-h`} lang={s.text?.lang}>
            {s.title}
          </h2>
          {s.text ? <ProgrammeBody text={s.text} note={common("polishOnly")} /> : s.content}
          {s.key === "partners" && <PartnerGrid partners={programmePartners} />}
          {s.key === "team" && newsPosts.edges.length > 0 && (
            <>
              <h3>{t("team.moreNews")}</h3>
              <ul>
                {newsPosts.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link href={`/news/${node.slug}`}>{node.title}</Link>
                    {node.publishedAt && <span className="muted"> — {fmtDate(node.publishedAt, "dateLong")}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      <p className="alert alert-info no-print">
        <Link href="/newsletter">{t("newsletter")}</Link>
      </p>
    </div>
  );
}
