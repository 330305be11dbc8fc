import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TokenAction } from "../token-action";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("news"))("newsletter.confirm.title"), robots: { index: false } };
}

export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("news.newsletter");
  return (
    <div className="stack">
      <h1>{t("confirm.title")}</h1>
      {token ? <TokenAction kind="confirm" token={token} /> : <p className="alert alert-error">{t("confirm.missing")}</p>}
      <p>
        <Link href="/news">{t("archiveLink")}</Link>
      </p>
    </div>
  );
}
