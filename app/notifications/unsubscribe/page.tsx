import { getTranslations } from "next-intl/server";
import { LinkActionPage } from "../../components/forms/link-action-page";
import { UnsubscribeButton } from "./unsubscribe-button";
import { pageTitle } from "../../lib/page-title";

export const generateMetadata = pageTitle("notifications", "unsubscribe.title", { robots: { index: false } });

/** Opened from a notification e-mail's unsubscribe link: one button stops e-mails of that kind. */
export default async function NotificationUnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("notifications.unsubscribe");
  const valid = typeof token === "string" && token.length >= 16 && token.length <= 1000;
  return (
    <LinkActionPage title={t("title")} lead={t("lead")} bad={t("bad")} valid={valid}>
      {valid && <UnsubscribeButton token={token} />}
    </LinkActionPage>
  );
}
