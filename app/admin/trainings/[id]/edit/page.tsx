import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { CancelTrainingButton } from "../../cancel-training-button";
import { TrainingForm } from "../../training-form";
import { refusedPage } from "../../../access";
import { pageTitle } from "../../../../lib/page-title";

const EditTrainingQuery = graphql(`
  query EditTrainingPage($id: ID!) {
    training(id: $id) {
      ...TrainingFields
      officialsQuota
      pesQuota
      residentsQuota
    }
  }
`);

export const generateMetadata = pageTitle("trainings.admin", "edit");

export default async function EditTrainingPage({ params }: { params: Promise<{ id: string }> }) {
  const refused = await refusedPage("trainings");
  if (refused) return refused;
  const { id } = await params;
  const [{ training }, t] = await Promise.all([gql(EditTrainingQuery, { id }), getTranslations("trainings.admin")]);
  if (!training) notFound();
  return (
    <>
      <h1>{t("editTitle", { title: training.title })}</h1>
      {training.cancelledAt ? (
        <p className="alert alert-info">{t("cancelledInfo")}</p>
      ) : (
        <>
          {/* GraphQL results have null prototypes; client components need plain objects. */}
          <TrainingForm initial={{ ...training, audience: [...training.audience], topics: [...training.topics], trainers: [...training.trainers] }} />
          <hr />
          <CancelTrainingButton trainingId={training.id} />
        </>
      )}
    </>
  );
}
