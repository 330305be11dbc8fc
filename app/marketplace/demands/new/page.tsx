import { getTranslations } from "next-intl/server";
import { currentUser } from "../../../lib/session";
import { DemandForm } from "../demand-form";
import { FormPage } from "../../../components/form-page";
import { pageTitle } from "../../../lib/page-title";
import { isStaffRole } from "../../../../entities/roles";

export const generateMetadata = pageTitle("marketplace", "demandForm.title");

export default async function NewDemandPage() {
  const [t, user] = await Promise.all([getTranslations("marketplace"), currentUser()]);
  const allowed = isStaffRole(user?.role);
  return (
    <FormPage
      backHref="/marketplace?tab=demands"
      backLabel={t("demand.back")}
      title={t("demandForm.title")}
      allowed={allowed}
      refusal={t("demandForm.notAllowed")}
    >
      <DemandForm />
    </FormPage>
  );
}
