import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../../lib/graphql-document";
import { gql } from "../../../../lib/graphql-server";
import { CheckInList } from "./check-in-list";
import { refusedPage } from "../../../access";
import { pageTitle } from "../../../../lib/page-title";
import { textParam, type PageProps } from "../../../../lib/search-params";

const CheckInQuery = graphql(`
  query AdminTrainingCheckIn($id: ID!) {
    training(id: $id) {
      id
      title
    }
    trainingRegistrations(trainingId: $id, status: CONFIRMED) {
      id
      attended
      attendeeName
      user {
        id
        name
      }
    }
  }
`);

export const generateMetadata = pageTitle("trainings.admin", "checkIn");

/** A list to tick on a phone at the door; the QR code of a confirmation opens this page with ?code=. */
export default async function CheckInPage({ params, searchParams }: PageProps<{ id: string }>) {
  const refused = await refusedPage("trainings");
  if (refused) return refused;
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const [data, t] = await Promise.all([gql(CheckInQuery, { id }).catch(() => null), getTranslations("trainings.admin")]);
  if (!data?.training) notFound();
  const code = textParam(sp.code, 32);
  return (
    <>
      <h1>{t("checkInHeading", { title: data.training.title })}</h1>
      <CheckInList
        trainingId={data.training.id}
        initialCode={code}
        people={data.trainingRegistrations.map((r) => ({ id: r.id, name: r.attendeeName ?? r.user.name, attended: r.attended }))}
      />
    </>
  );
}
