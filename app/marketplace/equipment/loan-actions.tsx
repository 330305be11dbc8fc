"use client";
import { SubmitButton } from "../../components/forms/submit-button";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";
import { ActionStatus, useActionStatus } from "../../components/forms/action-status";
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
 * A row of buttons (`before`, then one that opens the form, named `label`), and the opened
 * form: its fields, a submit and a cancel that closes it again.
 */
function OpeningForm(props: {
  before: ReactNode;
  label: string;
  open: boolean;
  setOpen: (open: boolean) => void;
  busy: boolean;
  onSubmit: (e: FormEvent) => void;
  submit: string;
  submitDisabled?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("marketplace.loan");
  return (
    <>
      <div className="button-row">
        {props.before}
        {!props.open && (
          <button type="button" className="button button-secondary" disabled={props.busy} onClick={() => props.setOpen(true)}>
            {props.label}
          </button>
        )}
      </div>
      {props.open && (
        <form className="form" onSubmit={props.onSubmit} noValidate aria-label={props.label}>
          {props.children}
          <div className="button-row">
            <SubmitButton submitting={props.busy || !!props.submitDisabled}>{props.submit}</SubmitButton>
            <button type="button" className="button button-secondary" disabled={props.busy} onClick={() => props.setOpen(false)}>
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
  const status = useActionStatus();
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const earliest = nextDay(to) > today ? nextDay(to) : today;
  const [newTo, setNewTo] = useState(earliest);

  const confirm = async () => {
    setBusy(true);
    status.clear();
    const res = await gqlClient(ConfirmReceipt, { id });
    setBusy(false);
    if (res.error) return status.show("error", t("failed", { code: res.error.code }));
    status.show("success", t("receiptConfirmed"));
    router.refresh();
  };

  const extend = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    status.clear();
    const res = await gqlClient(Extend, { id, to: newTo });
    setBusy(false);
    if (res.error) {
      const text = res.error.code === "CONFLICT" ? t("extensionConflict") : res.error.fields?.to ?? t("failed", { code: res.error.code });
      return status.show("error", text);
    }
    setOpen(false);
    status.show("success", t("extensionSent"));
    router.refresh();
  };

  return (
    <div className="no-print stack">
      <OpeningForm
        before={
          !received &&
          from <= today && (
            <button type="button" className="button" disabled={busy} onClick={confirm}>
              {t("confirmReceipt")}
            </button>
          )
        }
        label={t("askExtension")}
        open={open}
        setOpen={setOpen}
        busy={busy}
        onSubmit={extend}
        submit={t("sendExtension")}
        submitDisabled={!newTo}
      >
        <Field id={`extend-${id}`} label={t("extensionTo")}>
          {(a) => <input {...a} type="date" min={earliest} value={newTo} required onChange={(e) => setNewTo(e.target.value)} />}
        </Field>
      </OpeningForm>
      <ActionStatus status={status.status} />
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
  const status = useActionStatus();
  const [busy, setBusy] = useState(false);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState("");

  const done = (error: { code: string } | undefined, ok: string) => {
    setBusy(false);
    if (error) return status.show("error", error.code === "CONFLICT" ? t("extensionConflict") : t("failed", { code: error.code }));
    status.show("success", ok);
    router.refresh();
  };
  const approve = async () => {
    setBusy(true);
    status.clear();
    done((await gqlClient(ApproveExtension, { id })).error, t("extensionApproved"));
  };
  const refuse = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    status.clear();
    done((await gqlClient(RefuseExtension, { id, reason: reason.trim() || null })).error, t("extensionRefusedDone"));
  };

  if (!pending && !status.status) return null;
  return (
    <div className="no-print stack">
      {pending && (
        <OpeningForm
          before={
            <button type="button" className="button" disabled={busy} onClick={approve}>
              {t("approveExtension")}
            </button>
          }
          label={t("refuseExtension")}
          open={refusing}
          setOpen={setRefusing}
          busy={busy}
          onSubmit={refuse}
          submit={t("refuseExtension")}
        >
          <Field id={`refuse-${id}`} label={t("refusalReason")}>
            {(a) => <textarea {...a} rows={2} maxLength={LOAN_LIMITS.refusalReasonMax} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </OpeningForm>
      )}
      <ActionStatus status={status.status} />
    </div>
  );
}
