import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnsubscribeButton } from "./unsubscribe-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("premises"))("alerts.unsubscribe.title"), robots: { index: false } };
}

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("premises.alerts.unsubscribe");
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      {typeof token === "string" && token.length >= 16 && token.length <= 64 ? (
        <>
          <p>{t("lead")}</p>
          <UnsubscribeButton token={token} />
        </>
      ) : (
        <div className="alert alert-error" role="alert">
          {t("bad")}
        </div>
      )}
    </div>
  );
}
