"use client";
import { SubmitButton } from "../../components/forms/submit-button";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { Field } from "../../components/forms/field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { LOAN_LIMITS } from "../../../entities/limits";

const Extend = graphql(`mutation RequestBookingExtension($id: ID!, $to: Date!) { requestBookingExtension(id: $id, to: $to) { id extensionTo } }`);
const ApproveExtension = graphql(`mutation ApproveBookingExtension($id: ID!) { approveBookingExtension(id: $id) { id to extensionTo } }`);
const RefuseExtension = graphql(`mutation RefuseBookingExtension($id: ID!, $reason: String) { refuseBookingExtension(id: $id, reason: $reason) { id extensionTo } }`);
const ConfirmReceipt = graphql(`mutation ConfirmBookingReceipt($id: ID!) { confirmBookingReceipt(id: $id) { id receivedAt } }`);

const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * A row of buttons (the direct `action` when there is one, then one that opens the form,
 * named `label`), and the opened form: its fields, a submit and a cancel that closes it
 * again. `onSubmit` answers whether the form is done (then it closes).
 */
function OpeningForm(props: {
  action: { label: string; onClick: () => void } | null;
  label: string;
  busy: boolean;
  onSubmit: () => Promise<boolean>;
  submit: string;
  submitDisabled?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("marketplace.loan");
  const [open, setOpen] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await props.onSubmit()) setOpen(false);
  };
  return (
    <>
      <div className="button-row">
        {props.action && (
          <button type="button" className="button" disabled={props.busy} onClick={props.action.onClick}>
            {props.action.label}
          </button>
        )}
        {!open && (
          <button type="button" className="button button-secondary" disabled={props.busy} onClick={() => setOpen(true)}>
            {props.label}
          </button>
        )}
      </div>
      {open && (
        <form className="form" onSubmit={submit} noValidate aria-label={props.label}>
          {props.children}
          <div className="button-row">
            <SubmitButton submitting={props.busy || !!props.submitDisabled}>{props.submit}</SubmitButton>
            <button type="button" className="button button-secondary" disabled={props.busy} onClick={() => setOpen(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

/**
 * The borrower's side of an approved loan: confirming receipt (from the first day, once)
 * and asking for an extension (a later last day; the owner decides).
 */
export function LoanBorrowerActions({ id, from, to, today, received }: { id: string; from: string; to: string; today: string; received: boolean }) {
  const t = useTranslations("marketplace.loan");
  const router = useRouter();
  const { status, show, busy, run } = useBusyAction();
  const earliest = nextDay(to) > today ? nextDay(to) : today;
  const [newTo, setNewTo] = useState(earliest);

  const confirm = async () => {
    const res = await run(() => gqlClient(ConfirmReceipt, { id }));
    if (res.error) return show("error", t("failed", { code: res.error.code }));
    show("success", t("receiptConfirmed"));
    router.refresh();
  };

  const extend = async () => {
    const res = await run(() => gqlClient(Extend, { id, to: newTo }));
    if (res.error) {
      show("error", res.error.code === "CONFLICT" ? t("extensionConflict") : res.error.fields?.to ?? t("failed", { code: res.error.code }));
      return false;
    }
    show("success", t("extensionSent"));
    router.refresh();
    return true;
  };

  return (
    <div className="no-print stack">
      <OpeningForm
        action={!received && from <= today ? { label: t("confirmReceipt"), onClick: confirm } : null}
        label={t("askExtension")}
        busy={busy}
        onSubmit={extend}
        submit={t("sendExtension")}
        submitDisabled={!newTo}
      >
        <Field id={`extend-${id}`} label={t("extensionTo")}>
          {(a) => <input {...a} type="date" min={earliest} value={newTo} required onChange={(e) => setNewTo(e.target.value)} />}
        </Field>
      </OpeningForm>
      <ActionStatus status={status} />
    </div>
  );
}

/**
 * The owner's decision on a pending extension: approve, or refuse with an optional reason.
 * A page that keeps it mounted with `pending={false}` once decided keeps its confirmation
 * on screen after the refresh (unmounted, "Extension approved" vanished with the buttons);
 * with nothing pending and nothing to say it renders nothing, not an empty box under every loan.
 */
export function ExtensionDecision({ id, pending = true }: { id: string; pending?: boolean }) {
  const t = useTranslations("marketplace.loan");
  const router = useRouter();
  const { status, show, busy, run } = useBusyAction();
  const [reason, setReason] = useState("");

  const done = (error: { code: string } | undefined, ok: string) => {
    if (error) return show("error", error.code === "CONFLICT" ? t("extensionConflict") : t("failed", { code: error.code }));
    show("success", ok);
    router.refresh();
  };
  const approve = async () => done((await run(() => gqlClient(ApproveExtension, { id }))).error, t("extensionApproved"));
  // Stays open once sent: the refreshed page, no longer pending, takes the form away.
  const refuse = async () => {
    done((await run(() => gqlClient(RefuseExtension, { id, reason: reason.trim() || null }))).error, t("extensionRefusedDone"));
    return false;
  };

  if (!pending && !status) return null;
  return (
    <div className="no-print stack">
      {pending && (
        <OpeningForm
          action={{ label: t("approveExtension"), onClick: approve }}
          label={t("refuseExtension")}
          busy={busy}
          onSubmit={refuse}
          submit={t("refuseExtension")}
        >
          <Field id={`refuse-${id}`} label={t("refusalReason")}>
            {(a) => <textarea {...a} rows={2} maxLength={LOAN_LIMITS.refusalReasonMax} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </OpeningForm>
      )}
      <ActionStatus status={status} />
    </div>
  );
}
