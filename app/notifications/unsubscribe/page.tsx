import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnsubscribeButton } from "./unsubscribe-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("unsubscribe.title"), robots: { index: false } };
}

/** Opened from a notification e-mail's unsubscribe link: one button stops e-mails of that kind. */
export default async function NotificationUnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("notifications.unsubscribe");
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      {typeof token === "string" && token.length >= 16 && token.length <= 1000 ? (
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
