import { BackLink } from "../../../../components/back-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { refusedPage } from "../../../access";
import { QuestionsEditor } from "./questions-editor";
import { MaterialsEditor } from "./materials-editor";
import { InvitationsEditor } from "./invitations-editor";
import { INVITE_RESULTS, MAX_ADDRESSES } from "./invitations";
import { formResult } from "../../../../lib/form-result";
import { getDateFormatter } from "../../../../lib/dates-server";
import { pageTitle } from "../../../../lib/page-title";
import { TextList } from "../../../../components/text-list";

const OrganiseQuery = graphql(`
  query AdminTrainingOrganise($id: ID!) {
    training(id: $id) {
      id
      title
      questions {
        ...TrainingQuestionFields
      }
      materials {
        ...TrainingMaterialLink
        public
      }
    }
    trainingInvitations(trainingId: $id) {
      email
      organizationName
      createdAt
    }
    organizationActivities
    trainingFeedbackSummary(trainingId: $id) {
      responses
      averageRating
      ratingCounts
      useful
      improve
    }
  }
`);

export const generateMetadata = pageTitle("trainings.organise", "heading");

/** Organisers: the registration questions, the materials and the survey's summary of one training. */
export default async function OrganisePage({ params }: { params: Promise<{ id: string }> }) {
  const refused = await refusedPage("trainings");
  if (refused) return refused;
  const { id } = await params;
  const [data, t, fmtDate] = await Promise.all([gql(OrganiseQuery, { id }).catch(() => null), getTranslations("trainings.organise"), getDateFormatter()]);
  const tr = data?.training;
  if (!tr || !data) notFound();
  const s = data.trainingFeedbackSummary;
  // The outcome of the invitations form posted without JavaScript, back on this page.
  const invited = await formResult(`invite:${tr.id}`, INVITE_RESULTS);
  return (
    <article className="stack">
      <BackLink href={`/admin/trainings/${tr.id}/registrations`}>{tr.title}</BackLink>
      <h1>{t("heading")}</h1>
      <section className="stack" aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t("questions")}</h2>
        <QuestionsEditor trainingId={tr.id} initial={tr.questions.map((q) => ({ ...q, help: q.help ?? "", options: [...q.options] }))} />
      </section>
      <section className="stack" aria-labelledby="materials-heading">
        <h2 id="materials-heading">{t("materials")}</h2>
        <MaterialsEditor trainingId={tr.id} materials={tr.materials.map((m) => ({ ...m }))} />
      </section>
      <section className="stack" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t("invite.heading")}</h2>
        <InvitationsEditor
          trainingId={tr.id}
          activities={[...data.organizationActivities]}
          result={invited && { kind: invited.kind, text: t(`invite.${invited.key}`, { max: MAX_ADDRESSES, ...invited.values }) }}
        />
        {data.trainingInvitations.length === 0 ? (
          <p className="muted">{t("invite.none")}</p>
        ) : (
          <details>
            <summary>{t("invite.list", { count: data.trainingInvitations.length })}</summary>
            <ul data-testid="training-invitations">
              {data.trainingInvitations.map((i) => (
                <li key={i.email}>
                  {i.email}
                  {i.organizationName ? ` (${i.organizationName})` : ""} — {fmtDate(i.createdAt, "dateTime")}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <section className="stack" aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">{t("feedback")}</h2>
        {s.responses === 0 ? (
          <p className="muted">{t("noFeedback")}</p>
        ) : (
          <>
            <p data-testid="feedback-average">{t("average", { average: s.averageRating ?? 0, responses: s.responses })}</p>
            <ul>
              {s.ratingCounts.map((n, i) => (
                <li key={i}>{t("ratingCount", { rating: i + 1, count: n })}</li>
              ))}
            </ul>
            <h3>{t("useful")}</h3>
            <TextList items={s.useful} />
            <h3>{t("improve")}</h3>
            <TextList items={s.improve} />
          </>
        )}
      </section>
    </article>
  );
}
