import { getTranslations } from "next-intl/server";
import { currentUser } from "../../../lib/session";
import { DemandForm } from "../demand-form";
import { BackLink } from "../../../components/back-link";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("marketplace", "demandForm.title");

export default async function NewDemandPage() {
  const [t, user] = await Promise.all([getTranslations("marketplace"), currentUser()]);
  const allowed = user && (user.role === "OFFICIAL" || user.role === "ADMIN");
  return (
    <div className="stack">
      <BackLink href="/marketplace?tab=demands">{t("demand.back")}</BackLink>
      <h1>{t("demandForm.title")}</h1>
      {allowed ? <DemandForm /> : <p className="alert alert-info">{t("demandForm.notAllowed")}</p>}
    </div>
  );
}
