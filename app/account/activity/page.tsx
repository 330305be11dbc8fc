import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BookingActions } from "../../marketplace/equipment/booking-actions";
import { ExtensionDecision } from "../../marketplace/equipment/loan-actions";
import { getDateFormatter } from "../../lib/dates-server";
import { gql } from "../../lib/graphql-server";
import { currentUser } from "../../lib/session";
import styles from "./activity.module.css";
import { toCardData } from "../registrations/card-data";
import { RegistrationCards } from "../registrations/registration-cards";
import { BackLink } from "../../components/back-link";
import { ListSection } from "../../components/list-section";
import { pageTitle } from "../../lib/page-title";
import { redirectToSignIn } from "../../lib/sign-in";
import { isStaffRole } from "../../../entities/roles";
import { MyActivityQuery } from "./activity-query";
import { PremisesActivitySections } from "./premises-sections";

export const generateMetadata = pageTitle("activity", "title");

const ENQUIRY_BADGE: Record<string, string> = { NEW: "badge badge-warning", ANSWERED: "badge badge-success", HANDLED: "badge" };

/** The moment of this request (server component: rendered once per request). */
function requestTime(): number {
  return Date.now();
}

/** /account/activity — "Moje sprawy": a trace of every action, and what waits for me. */
export default async function MyActivityPage() {
  const user = await currentUser();
  if (!user) redirectToSignIn("/account/activity");
  const [t, tm, fmtDate, locale, data] = await Promise.all([
    getTranslations("activity"),
    getTranslations("marketplace"),
    getDateFormatter(),
    getLocale(),
    gql(MyActivityQuery),
  ]);
  const w = data.waitingForMe;
  const staff = isStaffRole(user.role);
  const money = (n: number) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "pl-PL", { style: "currency", currency: "PLN" }).format(n);
  const now = requestTime();

  return (
    <div className="stack">
      <BackLink href="/account">{t("backToAccount")}</BackLink>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>

      <section aria-labelledby="waiting-heading" className="card stack">
        <h2 id="waiting-heading">
          {t("waiting.title")} {w.total > 0 && <span className="badge badge-warning">{w.total}</span>}
        </h2>
        {w.total === 0 && <p className="muted">{t("waiting.none")}</p>}
        {staff && (w.enquiries > 0 || w.approvals > 0 || w.demandsToDecide > 0) && (
          <ul className={styles.plain}>
            {w.enquiries > 0 && (
              <li>
                <Link href="/admin/premises/enquiries">{t("waiting.enquiries", { count: w.enquiries })}</Link>
              </li>
            )}
            {w.approvals > 0 && (
              <li>
                <Link href="/admin/approvals">{t("waiting.approvals", { count: w.approvals })}</Link>
              </li>
            )}
            {w.demandsToDecide > 0 && (
              <li>
                <Link href="/marketplace?tab=demands&mine=1">{t("waiting.demands", { count: w.demandsToDecide })}</Link>
              </li>
            )}
          </ul>
        )}
        <WaitingGroup heading={t("waiting.bookings")} items={data.bookingRequestsForMe}>
          {(b) => (
            <>
              <p>
                <Link href={`/marketplace/equipment/${b.notice.id}`}>{b.notice.title}</Link> — {fmtDate(b.from, "date")} – {fmtDate(b.to, "date")}
              </p>
              <p className="muted">
                {t("waiting.from", { name: b.borrower?.name ?? "—", date: fmtDate(b.createdAt, "dateTime") })}
              </p>
              {b.message && <p className={styles.quote}>{b.message}</p>}
              <BookingActions id={b.id} status="REQUESTED" asOwner refresh={false} />
            </>
          )}
        </WaitingGroup>
        <WaitingGroup heading={t("waiting.extensions")} items={data.extensionRequestsForMe} testId="extension-requests-for-me">
          {(b) => (
            <>
              <p>
                <Link href={`/marketplace/equipment/${b.notice.id}`}>{b.notice.title}</Link> — {fmtDate(b.to, "date")} → {b.extensionTo ? fmtDate(b.extensionTo, "date") : "—"}
              </p>
              <p className="muted">{b.borrower?.name ?? "—"}</p>
              <ExtensionDecision id={b.id} />
            </>
          )}
        </WaitingGroup>
        <WaitingGroup heading={t("waiting.items")} items={data.itemRequestsForMe}>
          {(r) => (
            <>
              <p>
                <Link href={`/marketplace/equipment/${r.notice.id}`}>{r.notice.title}</Link>
              </p>
              <p className="muted">{t("waiting.from", { name: r.requester?.name ?? "—", date: fmtDate(r.createdAt, "dateTime") })}</p>
              <p className={styles.quote}>{r.message}</p>
              <p>
                <Link href={`/marketplace/equipment/${r.notice.id}#requests`}>{t("waiting.answer")}</Link>
              </p>
            </>
          )}
        </WaitingGroup>
      </section>

      <ListSection name="enquiries" heading={t("enquiries.title")} className="stack" count={data.myPremisesEnquiries.length} empty={t("enquiries.none")}>
        <ul className={styles.cards} data-testid="my-enquiries">
          {data.myPremisesEnquiries.map((e) => (
            <li key={e.id} className={styles.item}>
              <p>
                {e.premises ? <Link href={`/premises/${e.premises.id}`}>{e.premises.address}</Link> : "—"}{" "}
                <span className={ENQUIRY_BADGE[e.status]}>{t(`enquiries.status.${e.status}`)}</span>
              </p>
              <p className="muted">{t("enquiries.sent", { date: fmtDate(e.createdAt, "dateTime") })}</p>
              <details>
                <summary>{t("enquiries.myMessage")}</summary>
                <p className={styles.quote}>{e.message}</p>
              </details>
              {e.reply && (
                <div className={styles.reply} data-testid="enquiry-reply">
                  <p>
                    <strong>{t("enquiries.reply", { name: e.repliedByName ?? t("enquiries.office"), date: fmtDate(e.repliedAt, "dateTime") })}</strong>
                  </p>
                  <p className={styles.quote}>{e.reply}</p>
                </div>
              )}
            </li>
          ))}
        </ul>
      </ListSection>

      <ListSection
        name="requests"
        heading={t("requests.title")}
        className="stack"
        count={data.myBookings.length + data.myItemRequests.length}
        empty={t("requests.none")}
        after={
          <p className="no-print">
            <Link href="/marketplace/bookings">{t("requests.all")}</Link>
          </p>
        }
      >
        <ul className={styles.cards}>
          {data.myBookings.map((b) => (
            <li key={b.id} className={styles.item}>
              <p>
                <Link href={`/marketplace/equipment/${b.notice.id}`}>{b.notice.title}</Link>{" "}
                <span className="badge">{tm(`bookingStatuses.${b.status}`)}</span>
              </p>
              <p className="muted">{t("requests.booking", { from: fmtDate(b.from, "date"), to: fmtDate(b.to, "date") })}</p>
            </li>
          ))}
          {data.myItemRequests.map((r) => (
            <li key={r.id} className={styles.item}>
              <p>
                <Link href={`/marketplace/equipment/${r.notice.id}`}>{r.notice.title}</Link>{" "}
                <span className="badge">{tm(`itemRequest.statuses.${r.status}`)}</span>
              </p>
              <p className="muted">{t("requests.item", { date: fmtDate(r.createdAt, "date") })}</p>
            </li>
          ))}
        </ul>
      </ListSection>

      <PremisesActivitySections viewings={data.myPremisesViewingBookings} applications={data.myPremisesLettingApplications} pes={user.role === "PES_MEMBER"} now={now} />

      {(user.role === "PES_MEMBER" || data.myOrganizationOffers.length > 0) && (
        <ListSection name="offers" heading={t("offers.title")} className="stack" count={data.myOrganizationOffers.length} empty={t("offers.none")}>
          <ul className={styles.cards}>
            {data.myOrganizationOffers.map((o) => (
              <li key={o.id} className={styles.item}>
                <p>
                  {o.demand ? <Link href={`/marketplace/demands/${o.demand.id}`}>{o.demand.title}</Link> : "—"} — {money(o.price)}{" "}
                  {o.awarded ? (
                    <span className="badge badge-success">{t("offers.awarded")}</span>
                  ) : o.demand && o.demand.status !== "OPEN" ? (
                    <span className="badge">{tm(`demandStatuses.${o.demand.status}`)}</span>
                  ) : o.demand && new Date(o.demand.deadline).getTime() <= now ? (
                    <span className="badge badge-warning">{t("offers.waitingDecision")}</span>
                  ) : (
                    <span className="badge">{t("offers.open")}</span>
                  )}
                </p>
                <p className="muted">
                  {t("offers.updated", { date: fmtDate(o.updatedAt, "dateTime") })}
                  {o.demand && <> · {t("offers.deadline", { date: fmtDate(o.demand.deadline, "dateTime") })}</>}
                </p>
              </li>
            ))}
          </ul>
        </ListSection>
      )}

      <ListSection name="registrations" heading={t("registrations.title")} className="stack" count={data.myRegistrations.length} empty={t("registrations.none")}>
        <RegistrationCards registrations={toCardData(data.myRegistrations)} now={now} />
      </ListSection>
    </div>
  );
}

/** One kind of request waiting for me: its heading and a card each; nothing when none waits. */
function WaitingGroup<T extends { id: string }>(props: { heading: string; items: readonly T[]; testId?: string; children: (item: T) => ReactNode }) {
  if (props.items.length === 0) return null;
  return (
    <>
      <h3>{props.heading}</h3>
      <ul className={styles.cards} data-testid={props.testId}>
        {props.items.map((item) => (
          <li key={item.id} className={styles.item}>
            {props.children(item)}
          </li>
        ))}
      </ul>
    </>
  );
}
