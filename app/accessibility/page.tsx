import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { graphql } from "../gql";
import { getDateFormatter } from "../lib/dates-server";
import { gql } from "../lib/graphql-server";
import { isoDay, STATEMENT_PAGE_KEY, statementFacts, statementSections, statementUrl } from "./statement";

const StatementQuery = graphql(`
  query AccessibilityStatement($key: String!) {
    programmePage(key: $key) { ...PublishedProgrammePage body }
  }
`);


export async function generateMetadata(): Promise<Metadata> {
  // The meta tag the ministry's monitoring looks for on every public body's site.
  return { title: (await getTranslations("common"))("accessibilityStatement.title"), other: { "deklaracja-dostępności": statementUrl(await headers()) } };
}

/** The accessibility statement (deklaracja dostępności) in the structure the Polish rules require; the content is edited by admins. */
export default async function AccessibilityPage() {
  const locale = await getLocale();
  const [t, fmtDate, data] = await Promise.all([
    getTranslations("accessibility"),
    getDateFormatter(),
    gql(StatementQuery, { key: locale === "en" ? STATEMENT_PAGE_KEY.en : STATEMENT_PAGE_KEY.pl }).catch(() => ({ programmePage: null })),
  ]);
  const page = data.programmePage;
  const facts = statementFacts(page?.body ?? "");
  const [inaccessible, architecture, signLanguage, ...more] = statementSections(page?.bodyHtml ?? "");
  const dash = "—";
  const day = (id: string, v: string | undefined) => {
    const iso = isoDay(v);
    return iso ? (
      <time id={id} dateTime={iso}>
        {fmtDate(iso, "dateLong")}
      </time>
    ) : (
      <span id={id}>{v ?? dash}</span>
    );
  };
  const html = (s: { html: string } | undefined) => (s ? <div dangerouslySetInnerHTML={{ __html: s.html }} /> : <p>{dash}</p>);

  return (
    <article className="stack" style={{ maxWidth: "48rem" }} lang={locale}>
      <h1>{t("title")}</h1>
      <p id="a11y-wstep">
        <span id="a11y-podmiot">{facts.podmiot ?? dash}</span> {t("intro")}{" "}
        <a id="a11y-url" href={facts.strona ?? "/"}>
          {t("siteName")}
        </a>
        .
      </p>
      <ul>
        <li>
          {t("published")}: {day("a11y-data-publikacja", facts["data-publikacji"])}
        </li>
        <li>
          {t("updated")}: {day("a11y-data-aktualizacja", facts["data-aktualizacji"])}
        </li>
      </ul>

      <section aria-labelledby="a11y-status-heading">
        <h2 id="a11y-status-heading">{t("statusTitle")}</h2>
        <p>
          {t("statusLead")} <strong id="a11y-status">{facts.status ?? dash}</strong> {t("statusTail")}
        </p>
      </section>

      <section aria-labelledby="a11y-niedostepne-heading">
        <h2 id="a11y-niedostepne-heading">{t("inaccessibleTitle")}</h2>
        {html(inaccessible)}
      </section>

      <section aria-labelledby="a11y-przygotowanie-heading">
        <h2 id="a11y-przygotowanie-heading">{t("preparedTitle")}</h2>
        <p>
          {t("preparedOn")} {day("a11y-data-sporzadzenie", facts["data-sporzadzenia"])}. {t("preparedHow")}
        </p>
      </section>

      <section aria-labelledby="a11y-kontakt">
        <h2 id="a11y-kontakt">{t("contactTitle")}</h2>
        <p>{t("contactLead")}</p>
        <ul>
          <li>
            {t("person")}: <span id="a11y-osoba">{facts.osoba ?? dash}</span>
          </li>
          <li>
            {t("email")}: {facts.email ? <a id="a11y-email" href={`mailto:${facts.email}`}>{facts.email}</a> : <span id="a11y-email">{dash}</span>}
          </li>
          <li>
            {t("phone")}: {facts.telefon ? <a id="a11y-telefon" href={`tel:${facts.telefon.replace(/[^+\d]/g, "")}`}>{facts.telefon}</a> : <span id="a11y-telefon">{dash}</span>}
          </li>
          {facts.adres && (
            <li>
              {t("address")}: <span id="a11y-adres">{facts.adres}</span>
            </li>
          )}
        </ul>
        <p>{t("contactTail")}</p>
      </section>

      <section aria-labelledby="a11y-procedura-heading">
        <h2 id="a11y-procedura-heading">{t("procedureTitle")}</h2>
        <div id="a11y-procedura" className="stack">
          <p>{t("procedure1")}</p>
          <p>{t("procedure2")}</p>
          <p>{t("procedure3")}</p>
        </div>
      </section>

      <section aria-labelledby="a11y-architektura-heading">
        <h2 id="a11y-architektura-heading">{t("architectureTitle")}</h2>
        <div id="a11y-architektura">{html(architecture)}</div>
      </section>

      <section aria-labelledby="a11y-komunikacja-heading">
        <h2 id="a11y-komunikacja-heading">{t("signLanguageTitle")}</h2>
        <div id="a11y-komunikacja">{html(signLanguage)}</div>
      </section>

      <section aria-labelledby="a11y-aplikacje-heading">
        <h2 id="a11y-aplikacje-heading">{t("appsTitle")}</h2>
        <p id="a11y-aplikacje">{t("apps")}</p>
      </section>

      {more.length > 0 && (
        <section aria-labelledby="a11y-dodatkowe-heading">
          <h2 id="a11y-dodatkowe-heading">{t("moreTitle")}</h2>
          {more.map((s) => (
            <div key={s.title}>
              <h3>{s.title}</h3>
              <div dangerouslySetInnerHTML={{ __html: s.html }} />
            </div>
          ))}
        </section>
      )}
      {page && <p className="muted">{t("lastEdit", { date: fmtDate(page.updatedAt, "dateTime") })}</p>}
    </article>
  );
}
