import { getTranslations } from "next-intl/server";
import { LinkActionPage } from "../../../components/forms/link-action-page";
import { UnsubscribeButton } from "./unsubscribe-button";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("premises", "alerts.unsubscribe.title", { robots: { index: false } });

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("premises.alerts.unsubscribe");
  const valid = typeof token === "string" && token.length >= 16 && token.length <= 64;
  return (
    <LinkActionPage title={t("title")} lead={t("lead")} bad={t("bad")} valid={valid}>
      {valid && <UnsubscribeButton token={token} />}
    </LinkActionPage>
  );
}
