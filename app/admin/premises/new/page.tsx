import { getTranslations } from "next-intl/server";
import { EMPTY_PREMISES, PremisesForm } from "../premises-form";
import { refusedPage } from "../../access";
import { BackLink } from "../../../components/back-link";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("premises", "admin.newTitle");

export default async function NewPremisesPage() {
  const refused = await refusedPage("premises");
  if (refused) return refused;
  const t = await getTranslations("premises.admin");
  return (
    <>
      <BackLink href="/admin/premises">{t("title")}</BackLink>
      <h1>{t("newTitle")}</h1>
      <PremisesForm initial={EMPTY_PREMISES} />
    </>
  );
}
