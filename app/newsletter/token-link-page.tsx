import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import type { Locale } from "../i18n/messages";
import { InLanguage, linkLocale, newsletterTexts } from "./in-language";
import { TokenAction } from "./token-action";

/** The search parameters of a page opened from a newsletter e-mail's link. */
export type TokenLinkProps = { searchParams: Promise<{ token?: string; lang?: string }> };
type Kind = "confirm" | "unsubscribe";

/** The language of the page: the link's (`?lang=`), else the site's. */
async function pageLocale(searchParams: TokenLinkProps["searchParams"]): Promise<Locale> {
  return linkLocale((await searchParams).lang) ?? ((await getLocale()) as Locale);
}

/** The page's title in the link's language; such pages are not indexed. */
export async function tokenLinkMetadata(kind: Kind, { searchParams }: TokenLinkProps): Promise<Metadata> {
  const t = await newsletterTexts(await pageLocale(searchParams));
  return { title: t(`${kind}.title`), robots: { index: false } };
}

/**
 * The body of a newsletter link page (confirm a subscription, unsubscribe): its heading and
 * the button that acts on the link's token, or what is wrong with a link without one.
 */
export async function TokenLinkPage({ kind, searchParams, archiveLink }: TokenLinkProps & { kind: Kind; archiveLink?: boolean }) {
  const { token } = await searchParams;
  const locale = await pageLocale(searchParams);
  const t = await newsletterTexts(locale);
  return (
    <InLanguage locale={locale}>
      <h1>{t(`${kind}.title`)}</h1>
      {token ? <TokenAction kind={kind} token={token} /> : <p className="alert alert-error">{t(`${kind}.missing`)}</p>}
      {archiveLink && (
        <p>
          <Link href="/news">{t("archiveLink")}</Link>
        </p>
      )}
    </InLanguage>
  );
}
