import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDateFormatter } from "../../lib/dates-server";
import { ListSection } from "../../components/list-section";
import type { MyActivityQuery as MyActivity } from "../../gql/graphql";
import styles from "./activity.module.css";

type Viewing = MyActivity["myPremisesViewingBookings"][number];
type Application = MyActivity["myPremisesLettingApplications"][number];

/** The badge class and message key of a viewing booking: cancelled, past, or still to come. */
function viewingState(b: Viewing, now: number): [string, string] {
  if (b.cancelledAt) return ["badge", "cancelled"];
  if (b.slot && new Date(b.slot.startsAt).getTime() <= now) return ["badge", "past"];
  return ["badge badge-success", "booked"];
}

/** The badge class and message key of an application: by its round's status, the deadline, and whether it was chosen. */
function applicationState(a: Application, now: number): [string, string] {
  if (!a.round) return ["badge", "closed"];
  if (a.round.status === "AWARDED") return a.awarded ? ["badge badge-success", "awarded"] : ["badge", "notAwarded"];
  if (a.round.status === "CLOSED") return ["badge", "closed"];
  return new Date(a.round.deadline).getTime() <= now ? ["badge badge-warning", "waitingDecision"] : ["badge", "open"];
}

/**
 * Moje sprawy's premises viewings and letting applications. A booking is cancelled only by
 * the link in its confirmation e-mail (the token stands for the person), so the section
 * points there rather than offering a button of its own. Applications are PES members'
 * (like offers): their section is left out for others with none.
 */
export async function PremisesActivitySections(props: { viewings: readonly Viewing[]; applications: readonly Application[]; pes: boolean; now: number }) {
  const [t, fmtDate, format] = await Promise.all([getTranslations("activity"), getDateFormatter(), getFormatter()]);
  const money = (n: number) => format.number(n, { style: "currency", currency: "PLN" });
  const upcoming = props.viewings.some((b) => viewingState(b, props.now)[1] === "booked");
  return (
    <>
      <ListSection
        name="viewings"
        heading={t("viewings.title")}
        className="stack"
        count={props.viewings.length}
        empty={t("viewings.none")}
        after={upcoming ? <p className="muted">{t("viewings.cancelHint")}</p> : undefined}
      >
        <ul className={styles.cards} data-testid="my-viewings">
          {props.viewings.map((b) => {
            const [badge, state] = viewingState(b, props.now);
            return (
              <li key={b.id} className={styles.item}>
                <p>
                  {b.premises ? <Link href={`/premises/${b.premises.id}`}>{b.premises.address}</Link> : "—"} <span className={badge}>{t(`viewings.status.${state}`)}</span>
                </p>
                {b.slot && (
                  <p className="muted">
                    {t("viewings.when", { start: fmtDate(b.slot.startsAt, "dateTime"), end: fmtDate(b.slot.endsAt, "time"), place: b.slot.place })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </ListSection>

      {(props.pes || props.applications.length > 0) && (
        <ListSection name="applications" heading={t("applications.title")} className="stack" count={props.applications.length} empty={t("applications.none")}>
          <ul className={styles.cards} data-testid="my-applications">
            {props.applications.map((a) => {
              const [badge, state] = applicationState(a, props.now);
              return (
                <li key={a.id} className={styles.item}>
                  <p>
                    {a.premises ? <Link href={`/premises/${a.premises.id}`}>{a.premises.address}</Link> : "—"} — {money(a.proposedRent)}{" "}
                    <span className={badge}>{t(`applications.status.${state}`)}</span>
                  </p>
                  <p className="muted">
                    {t("applications.sent", { date: fmtDate(a.createdAt, "dateTime") })}
                    {a.round && <> · {t("applications.deadline", { date: fmtDate(a.round.deadline, "dateTime") })}</>}
                  </p>
                </li>
              );
            })}
          </ul>
        </ListSection>
      )}
    </>
  );
}
