"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";

const Approve = graphql(`mutation ApproveBooking($id: ID!) { approveBooking(id: $id) { id status } }`);
const Reject = graphql(`mutation RejectBooking($id: ID!) { rejectBooking(id: $id) { id status } }`);
const Cancel = graphql(`mutation CancelBooking($id: ID!) { cancelBooking(id: $id) { id status } }`);
const SetStatus = graphql(`mutation SetEquipmentNoticeStatus($id: ID!, $status: String!) { setEquipmentNoticeStatus(id: $id, status: $status) { id status } }`);

type Action = "approve" | "reject" | "cancel";

/**
 * The buttons for one booking request: the owner approves/rejects, either side cancels.
 * Handover and return are recorded by BookingHandoverActions; once the item is handed
 * over, cancelling is no longer offered.
 */
export function BookingActions({
  id,
  status: initialStatus,
  asOwner,
  handedOver = false,
  refresh = true,
}: {
  id: string;
  status: string;
  asOwner: boolean;
  handedOver?: boolean;
  /** false where a refreshed page would drop the row (and its confirmation), e.g. Moje sprawy. */
  refresh?: boolean;
}) {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const [status, setStatus] = useState(initialStatus);
  const notice = useBusyAction();
  const { busy } = notice;
  const run = async (a: Action) => {
    const doc = a === "approve" ? Approve : a === "reject" ? Reject : Cancel;
    const res = await notice.run(() => gqlClient(doc as typeof Approve, { id }));
    if (res.error) return notice.show("error", res.error.code === "CONFLICT" && a === "approve" ? t("booking.approveConflict") : res.error.message);
    setStatus(a === "approve" ? "APPROVED" : a === "reject" ? "REJECTED" : "CANCELLED");
    notice.show("success", t(`booking.done.${a}`));
    if (refresh) router.refresh();
  };
  const actions: Action[] =
    status === "REQUESTED" ? (asOwner ? ["approve", "reject"] : ["cancel"]) : status === "APPROVED" && !handedOver ? ["cancel"] : [];
  return (
    <div>
      <div className="no-print button-row">
        {actions.map((a) => (
          <button key={a} type="button" className={a === "approve" ? "button" : "button button-secondary"} disabled={busy} onClick={() => run(a)}>
            {t(`booking.${a}`)}
          </button>
        ))}
      </div>
      <ActionStatus status={notice.status} />
    </div>
  );
}

/** The owner moves the notice through its statuses. */
export function NoticeStatusActions({ id, status }: { id: string; status: string }) {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const { status: outcome, show, busy, run } = useBusyAction();
  const set = async (next: string) => {
    const res = await run(() => gqlClient(SetStatus, { id, status: next }));
    if (res.error) return show("error", res.error.message);
    router.refresh();
  };
  // The keys written out, so that the section's messages hold just these (app/i18n/client-messages.ts).
  const options: [string, string][] = [
    ["AVAILABLE", t("notice.markAvailable")],
    ["RESERVED", t("notice.markReserved")],
    ["HANDED_OVER", t("notice.markHandedOver")],
    ["CLOSED", t("notice.close")],
  ];
  return (
    <div className="no-print">
      <div className="button-row">
        {options
          .filter(([s]) => s !== status)
          .map(([s, label]) => (
            <button key={s} type="button" className="button button-secondary" disabled={busy} onClick={() => set(s)}>
              {label}
            </button>
          ))}
      </div>
      <ActionStatus status={outcome} />
    </div>
  );
}
