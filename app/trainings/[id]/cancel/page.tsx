import { getTranslations } from "next-intl/server";
import { CancelByToken } from "./cancel-by-token";
import { pageTitle } from "../../../lib/page-title";
import type { SearchParams } from "../../../lib/search-params";

export const generateMetadata = pageTitle("trainings.cancelPage", "title", { robots: { index: false } });

/**
 * The e-mail's cancel link lands here; cancelling needs a click, because mail scanners and
 * link previews open links on their own.
 */
export default async function CancelPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const token = typeof sp.token === "string" ? sp.token : "";
  const t = await getTranslations("trainings.cancelPage");
  return (
    <>
      <h1>{t("title")}</h1>
      <CancelByToken token={token} />
    </>
  );
}
