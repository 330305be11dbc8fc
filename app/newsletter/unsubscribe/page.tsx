import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenAction } from "../token-action";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("news"))("newsletter.unsubscribe.title"), robots: { index: false } };
}

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("news.newsletter.unsubscribe");
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      {token ? <TokenAction kind="unsubscribe" token={token} /> : <p className="alert alert-error">{t("missing")}</p>}
    </div>
  );
}
