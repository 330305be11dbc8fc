import { getTranslations } from "next-intl/server";
import { EMPTY_PREMISES, PremisesForm } from "../premises-form";
import { refusedPage } from "../../access";
import { FormPage } from "../../../components/form-page";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("premises", "admin.newTitle");

export default async function NewPremisesPage() {
  const refused = await refusedPage("premises");
  if (refused) return refused;
  const t = await getTranslations("premises.admin");
  return (
    <FormPage backHref="/admin/premises" backLabel={t("title")} title={t("newTitle")}>
      <PremisesForm initial={EMPTY_PREMISES} />
    </FormPage>
  );
}
