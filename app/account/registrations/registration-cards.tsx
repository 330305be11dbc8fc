"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { CancelRegistrationMutation } from "../../trainings/cancel-registration";
import { gqlClient } from "../../lib/graphql-client";
import { formatRange } from "../../trainings/format";
import styles from "../activity/activity.module.css";
import type { RegistrationCardData, RegistrationStatus } from "./card-data";

const BADGE: Record<RegistrationStatus, string> = { CONFIRMED: "badge badge-success", WAITLISTED: "badge badge-warning", CANCELLED: "badge" };

/**
 * The person's registrations as cards (no table, so nothing scrolls sideways on a phone):
 * one per training in its current state (the API folds a cancelled and a later
 * registration into one), with its actions — cancel, add to calendar, certificate,
 * register again. Shared by "Moje zapisy" and "Moje sprawy". `now` comes from the server
 * render, so that server and client agree on what is upcoming.
 */
export function RegistrationCards({ registrations, now }: { registrations: RegistrationCardData[]; now: number }) {
  return (
    <ul className={styles.cards} data-testid="my-registrations">
      {registrations.map((r) => (
        <RegistrationCard key={r.training.id} registration={r} now={now} />
      ))}
    </ul>
  );
}

function RegistrationCard({ registration, now }: { registration: RegistrationCardData; now: number }) {
  const t = useTranslations("activity.registrations");
  const tt = useTranslations("trainings");
  const locale = useLocale();
  // The row keeps its place and shows its new state after a cancellation, with the
  // confirmation beside it (a refresh would drop the message).
  const [reg, setReg] = useState(registration);
  const { status, show, busy, run } = useBusyAction();
  const { training } = reg;
  const upcoming = new Date(training.startsAt).getTime() > now && !training.cancelledAt;
  const active = reg.status !== "CANCELLED";

  const cancel = async () => {
    if (!window.confirm(t("cancelConfirm", { title: training.title }))) return;
    const res = await run(() => gqlClient(CancelRegistrationMutation, { trainingId: training.id }));
    if (res.error) return show("error", res.error.code === "FORBIDDEN" ? res.error.message : t("cancelFailed"));
    setReg((r) => ({ ...r, status: res.data.cancelRegistration.status as RegistrationStatus, waitlistPosition: null }));
    show("success", t("cancelled", { title: training.title }));
  };

  return (
    <li className={styles.item} data-testid="registration-row">
      <p>
        <Link href={`/trainings/${training.id}`}>{training.title}</Link>{" "}
        <span className={BADGE[reg.status]} data-testid="registration-status">
          {tt(`status.${reg.status}`)}
        </span>
        {reg.waitlistPosition ? <> ({t("position", { position: reg.waitlistPosition })})</> : null}
        {training.cancelledAt && (
          <>
            {" "}
            <span className="badge badge-danger">{t("trainingCancelled")}</span>
          </>
        )}
      </p>
      <p className="muted">
        {formatRange(training.startsAt, training.endsAt, locale)} · {training.venue}
      </p>
      <div className={`${styles.actions} no-print`}>
        {active && upcoming && (
          <button type="button" className="button button-secondary" onClick={cancel} disabled={busy}>
            {t("cancel")}
            <span className="visually-hidden">: {training.title}</span>
          </button>
        )}
        {active && upcoming && (
          <a href={`/trainings/${training.id}/calendar.ics`}>
            {t("calendar")}
            <span className="visually-hidden">: {training.title}</span>
          </a>
        )}
        {reg.attended && (
          <a href={`/trainings/${training.id}/certificate.pdf`} download>
            {t("certificate")}
            <span className="visually-hidden">: {training.title}</span>
          </a>
        )}
        {!active && upcoming && <Link href={`/trainings/${training.id}`}>{t("registerAgain")}</Link>}
      </div>
      <ActionStatus status={status} />
    </li>
  );
}
