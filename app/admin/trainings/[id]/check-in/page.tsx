import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { graphql } from "../../../../lib/graphql-document";
import { gql } from "../../../../lib/graphql-server";
import { CheckInList } from "./check-in-list";
import { refusedPage } from "../../../access";
import { pageTitle } from "../../../../lib/page-title";
import { getDateFormatter } from "../../../../lib/dates-server";
import { textParam, type PageProps } from "../../../../lib/search-params";

const CheckInQuery = graphql(`
  query AdminTrainingCheckIn($id: ID!) {
    training(id: $id) {
      id
      title
      startsAt
      venue
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
  const [data, t, fmt] = await Promise.all([gql(CheckInQuery, { id }).catch(() => null), getTranslations("trainings.admin"), getDateFormatter()]);
  if (!data?.training) notFound();
  const code = textParam(sp.code, 32);
  return (
    <>
      <h1>{t("checkInHeading", { title: data.training.title })}</h1>
      {/* When and where: a printed list is signed on paper and filed, and must say which session it was. */}
      <p className="muted" data-testid="check-in-when">
        {fmt(data.training.startsAt, "weekdayDate")}, {fmt(data.training.startsAt, "time")}
        {data.training.venue ? ` · ${data.training.venue}` : ""}
      </p>
      <CheckInList
        trainingId={data.training.id}
        initialCode={code}
        people={data.trainingRegistrations.map((r) => ({ id: r.id, name: r.attendeeName ?? r.user.name, attended: r.attended }))}
      />
    </>
  );
}
