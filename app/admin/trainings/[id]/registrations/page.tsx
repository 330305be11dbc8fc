import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { graphql } from "../../../../gql";
import { gql } from "../../../../lib/graphql-server";
import { formatDateTime, formatRange } from "../../../../trainings/format";
import { EmailRegistrantsForm } from "./email-form";
import { refusedPage } from "../../../access";
import { DataTable } from "../../../../components/data-table";
import { pageTitle } from "../../../../lib/page-title";
import type { PageProps } from "../../../../lib/search-params";
import { SavedNotice } from "../../../../components/forms/action-status";

const RegistrationsQuery = graphql(`
  query AdminTrainingRegistrations($id: ID!) {
    training(id: $id) {
      ...TrainingFillFields
    }
    trainingRegistrations(trainingId: $id) {
      id
      status
      audience
      registeredAt
      attended
      waitlistPosition
      dietaryNeeds
      accessibilityNeeds
      attendeeName
      attendeeEmail
      user {
        id
        name
        email
      }
    }
  }
`);

export const generateMetadata = pageTitle("trainings.admin", "registrations");

export default async function RegistrationsPage({ params, searchParams }: PageProps<{ id: string }>) {
  const refused = await refusedPage("trainings");
  if (refused) return refused;
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const [data, t, ta, ts, locale] = await Promise.all([
    gql(RegistrationsQuery, { id }).catch(() => null),
    getTranslations("trainings.admin"),
    getTranslations("trainings.audience"),
    getTranslations("trainings.status"),
    getLocale(),
  ]);
  if (!data?.training) notFound();
  const { training, trainingRegistrations: regs } = data;
  return (
    <>
      <h1>{t("regHeading", { title: training.title })}</h1>
      {sp.saved && (
        <SavedNotice>{t("saved")}</SavedNotice>
      )}
      <p>
        {formatRange(training.startsAt, training.endsAt, locale)} · {training.confirmedCount} / {training.capacity} ·{" "}
        {t("colWaitlist")}: {training.waitlistCount}
      </p>
      <p className="no-print">
        <a href={`/admin/trainings/${training.id}/registrations.csv`} download>
          {t("csv")}
        </a>{" "}
        · <a href={`/admin/trainings/${training.id}/registrations.xlsx`} download>{t("xlsx")}</a>{" "}
        · <Link href={`/admin/trainings/${training.id}/organise`}>{t("organise")}</Link>{" "}
        · <Link href={`/admin/trainings/${training.id}/check-in`}>{t("checkIn")}</Link> ·{" "}
        <Link href={`/admin/trainings/${training.id}/edit`}>{t("edit")}</Link>
      </p>
      <DataTable
        label={t("registrations")}
        empty={t("noRegistrations")}
        columns={["#", t("colPerson"), t("colEmail"), t("colAudience"), t("colStatus"), t("colRegistered"), t("colAnswers"), t("colAttended")]}
        rows={regs}
        row={(r, i) => (
          <tr key={r.id}>
            <td>{i + 1}</td>
            {/* A colleague registered in a group is listed under their own name. */}
            <td>{r.attendeeName ?? r.user.name}</td>
            <td>{r.attendeeEmail ?? r.user.email}</td>
            <td>{ta(r.audience)}</td>
            <td>
              {ts(r.status)}
              {r.waitlistPosition ? ` (${r.waitlistPosition})` : ""}
            </td>
            <td>{formatDateTime(r.registeredAt, locale)}</td>
            <td>{[r.dietaryNeeds, r.accessibilityNeeds].filter(Boolean).join("; ") || "—"}</td>
            <td>{r.attended ? "✓" : "—"}</td>
          </tr>
        )}
      />
      <EmailRegistrantsForm trainingId={training.id} />
    </>
  );
}
