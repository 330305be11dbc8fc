"use client";
import { SubmitButton } from "../../components/forms/submit-button";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "../../lib/dates";
import { useState, type FormEvent } from "react";
import { Field } from "../../components/forms/field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";

const BookingHandover = graphql(`mutation RecordBookingHandover($id: ID!) { recordBookingHandover(id: $id) { id status handedOverAt } }`);
const BookingReturn = graphql(`
  mutation ReturnBookingWithRecord($id: ID!, $condition: String, $note: String) {
    returnBooking(id: $id, condition: $condition, note: $note) { id status returnedAt returnCondition returnNote }
  }
`);
const ItemHandover = graphql(`mutation RecordItemHandover($id: ID!, $note: String) { recordItemHandover(id: $id, note: $note) { id handedOverAt } }`);

const CONDITION_MAX = 60;
const NOTE_MAX = 2000;

function useExplain() {
  const t = useTranslations("marketplace.handover");
  return (code: string) => (code === "CONFLICT" ? t("conflict") : code === "BAD_USER_INPUT" ? t("tooLong") : t("failed", { code }));
}

/**
 * The owner's handover and return buttons for one APPROVED booking: the handover from its
 * first day on (once), the return with an optional condition and note.
 */
export function BookingHandoverActions({ id, from, today, handedOver }: { id: string; from: string; today: string; handedOver: boolean }) {
  const t = useTranslations("marketplace.handover");
  const locale = useLocale();
  const explain = useExplain();
  const router = useRouter();
  const { status, show, busy, run } = useBusyAction();
  const [open, setOpen] = useState(false);
  const [condition, setCondition] = useState("");
  const [note, setNote] = useState("");

  const handOver = async () => {
    const res = await run(() => gqlClient(BookingHandover, { id }));
    if (res.error) return show("error", explain(res.error.code));
    router.refresh();
  };

  const submitReturn = async (e: FormEvent) => {
    e.preventDefault();
    if (condition.trim().length > CONDITION_MAX || note.trim().length > NOTE_MAX) return show("error", t("tooLong"));
    const res = await run(() => gqlClient(BookingReturn, { id, condition: condition.trim() || null, note: note.trim() || null }));
    if (res.error) return show("error", explain(res.error.code));
    setOpen(false);
    router.refresh();
  };

  const formId = `return-${id}`;
  return (
    <div className="no-print stack">
      <div className="button-row">
        {!handedOver &&
          (from <= today ? (
            <button type="button" className="button" disabled={busy} onClick={handOver}>
              {t("recordHandover")}
            </button>
          ) : (
            <span className="muted">{t("notStarted", { date: formatDate(from, locale) })}</span>
          ))}
        {!open && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => setOpen(true)}>
            {t("recordReturn")}
          </button>
        )}
      </div>
      {open && (
        <form id={formId} className="form" onSubmit={submitReturn} noValidate aria-label={t("recordReturn")}>
          <Field id={`${formId}-condition`} label={t("returnCondition")} hint={t("returnConditionHint")}>
            {(a) => <input {...a} type="text" value={condition} maxLength={CONDITION_MAX} onChange={(e) => setCondition(e.target.value)} />}
          </Field>
          <Field id={`${formId}-note`} label={t("returnNote")}>
            {(a) => <textarea {...a} rows={2} value={note} maxLength={NOTE_MAX} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <div style={{ display: "flex", gap: ".5rem" }}>
            <SubmitButton submitting={busy}>{t("confirm")}</SubmitButton>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => setOpen(false)}>
              {t("close")}
            </button>
          </div>
        </form>
      )}
      <ActionStatus status={status} />
    </div>
  );
}

/** The owner records that the accepted requester received a given-away or exchanged item. */
export function ItemHandoverForm({ id, requesterName }: { id: string; requesterName: string }) {
  const t = useTranslations("marketplace.handover");
  const explain = useExplain();
  const router = useRouter();
  const [note, setNote] = useState("");
  const { status, show, busy, run } = useBusyAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (note.trim().length > NOTE_MAX) return show("error", t("tooLong"));
    const res = await run(() => gqlClient(ItemHandover, { id, note: note.trim() || null }));
    if (res.error) return show("error", explain(res.error.code));
    router.refresh();
  };
  const fid = `item-handover-${id}`;
  return (
    <form className="form no-print" onSubmit={submit} noValidate aria-label={t("recordHandoverLabel", { name: requesterName })}>
      <Field id={`${fid}-note`} label={t("handoverNote")}>
        {(a) => <textarea {...a} rows={2} value={note} maxLength={NOTE_MAX} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <SubmitButton submitting={busy}>{t("recordHandover")}</SubmitButton>
      <ActionStatus status={status} />
    </form>
  );
}
