import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { Locale } from "../../i18n/messages";
import { InLanguage, linkLocale, newsletterTexts } from "../in-language";
import { TokenAction } from "../token-action";

type Props = { searchParams: Promise<{ token?: string; lang?: string }> };

async function pageLocale(searchParams: Props["searchParams"]): Promise<Locale> {
  return linkLocale((await searchParams).lang) ?? ((await getLocale()) as Locale);
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await newsletterTexts(await pageLocale(searchParams));
  return { title: t("unsubscribe.title"), robots: { index: false } };
}

export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const locale = await pageLocale(searchParams);
  const t = await newsletterTexts(locale);
  return (
    <InLanguage locale={locale}>
      <h1>{t("unsubscribe.title")}</h1>
      {token ? <TokenAction kind="unsubscribe" token={token} /> : <p className="alert alert-error">{t("unsubscribe.missing")}</p>}
    </InLanguage>
  );
}
