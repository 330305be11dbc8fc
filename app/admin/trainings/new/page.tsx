import { getTranslations } from "next-intl/server";
import { TrainingForm } from "../training-form";
import { refusedPage } from "../../access";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("trainings.admin", "createTitle");

export default async function NewTrainingPage() {
  const refused = await refusedPage("trainings");
  if (refused) return refused;
  const t = await getTranslations("trainings.admin");
  return (
    <>
      <h1>{t("createTitle")}</h1>
      <TrainingForm />
    </>
  );
}
