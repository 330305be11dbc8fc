import { getTranslations } from "next-intl/server";
import { graphql } from "../../../lib/graphql-document";
import { gql } from "../../../lib/graphql-server";
import { FeedbackForm } from "./feedback-form";
import { pageTitle } from "../../../lib/page-title";

const FormQuery = graphql(`
  query TrainingFeedbackPage($token: String!) {
    trainingFeedbackForm(token: $token) {
      given
      attended
      training {
        id
        title
      }
    }
  }
`);

export const generateMetadata = pageTitle("trainings.feedback", "heading", { robots: { index: false } });

/** The survey link of the e-mail sent the day after: no sign-in, the token stands for the attendee. */
export default async function FeedbackPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("trainings.feedback");
  const data = token ? await gql(FormQuery, { token }).catch(() => ({ trainingFeedbackForm: null })) : { trainingFeedbackForm: null };
  const f = data.trainingFeedbackForm;
  return (
    <article className="stack">
      <h1>{t("heading")}</h1>
      {!f ? (
        <p className="alert alert-error">{t("badLink")}</p>
      ) : (
        <>
          <p>{t("intro", { title: f.training.title })}</p>
          {f.given ? (
            <p className="alert alert-info">{t("alreadyGiven")}</p>
          ) : !f.attended ? (
            <p className="alert alert-info">{t("notAttended")}</p>
          ) : (
            <FeedbackForm token={token!} />
          )}
        </>
      )}
    </article>
  );
}
