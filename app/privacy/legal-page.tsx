import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { graphql } from "../gql";
import { gql } from "../lib/graphql-server";
import { currentUser } from "../lib/session";
import { ProgrammeBody, programmeText } from "../programme/localized";

const LegalPageQuery = graphql(`
  query LegalPage($key: String!) {
    programmePage(key: $key) {
      ...PublishedProgrammePage
    }
  }
`);

/**
 * A legal text kept as an editable programme page (the privacy notice, the terms): admins
 * edit and publish it on /admin/news/programme.
 */
export async function LegalPage({ pageKey }: { pageKey: "privacy" | "terms" }) {
  const [{ programmePage: page }, t, common, format, user, locale] = await Promise.all([
    gql(LegalPageQuery, { key: pageKey }),
    getTranslations("privacy.legal"),
    getTranslations("common"),
    getFormatter(),
    currentUser(),
    getLocale(),
  ]);
  if (!page) notFound();
  const text = programmeText(page, locale);
  return (
    <article className="stack" style={{ maxWidth: "52rem" }}>
      <h1 lang={text.lang}>{text.title}</h1>
      <p className="muted">{t("updated", { date: format.dateTime(new Date(page.updatedAt), { dateStyle: "long" }) })}</p>
      <ProgrammeBody text={text} note={common("polishOnly")} />
      <p className="no-print">
        {pageKey === "privacy" ? <Link href="/terms">{t("toTerms")}</Link> : <Link href="/privacy">{t("toPrivacy")}</Link>}
        {user && (
          <>
            {" · "}
            <Link href="/account/privacy">{t("myData")}</Link>
          </>
        )}
        {user?.role === "ADMIN" && (
          <>
            {" · "}
            <Link href={`/admin/news/programme/${pageKey}`}>{t("edit")}</Link>
          </>
        )}
      </p>
    </article>
  );
}
