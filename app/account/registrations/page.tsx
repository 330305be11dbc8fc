import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { graphql } from "../../gql";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import { formatRange } from "../../trainings/format";

const MyRegistrationsQuery = graphql(`
  query MyRegistrationsPage {
    myRegistrations {
      id
      status
      waitlistPosition
      attended
      registeredAt
      training {
        id
        title
        startsAt
        endsAt
        venue
        cancelledAt
      }
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("trainings.account");
  return { title: t("title") };
}

export default async function MyRegistrationsPage() {
  const [user, t, ts, tc, locale] = await Promise.all([
    currentUser(),
    getTranslations("trainings.account"),
    getTranslations("trainings.status"),
    getTranslations("trainings.card"),
    getLocale(),
  ]);
  if (!user) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>
          <Link href="/signin?callbackUrl=/account/registrations">{t("signIn")}</Link>
        </p>
      </>
    );
  }
  const { myRegistrations } = await gql(MyRegistrationsQuery, {});
  return (
    <>
      <h1>{t("title")}</h1>
      {myRegistrations.length === 0 ? (
        <div className="empty-state">
          <p>{t("empty")}</p>
          <Link href="/trainings">{t("browse")}</Link>
        </div>
      ) : (
        <div className="table-wrap" role="region" aria-label={t("title")} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("training")}</th>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("attended")}</th>
              </tr>
            </thead>
            <tbody>
              {myRegistrations.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/trainings/${r.training.id}`}>{r.training.title}</Link>
                    {r.training.cancelledAt && (
                      <>
                        {" "}
                        <span className="badge badge-danger">{tc("cancelled")}</span>
                      </>
                    )}
                  </td>
                  <td>{formatRange(r.training.startsAt, r.training.endsAt, locale)}</td>
                  <td>
                    <span className={`badge ${r.status === "CONFIRMED" ? "badge-success" : r.status === "WAITLISTED" ? "badge-warning" : ""}`}>
                      {ts(r.status)}
                    </span>
                    {r.waitlistPosition && <> ({t("position", { position: r.waitlistPosition })})</>}
                  </td>
                  <td>
                    {r.attended ? (
                      <>
                        {t("present")} ·{" "}
                        <a href={`/trainings/${r.training.id}/certificate.pdf`} download>
                          {t("certificate")}
                        </a>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
