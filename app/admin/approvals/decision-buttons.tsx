"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { graphql } from "../../lib/graphql-document";
import { gqlClient, type ApiResult } from "../../lib/graphql-client";
import { DecideMembershipMutation } from "../../organizations/decide-membership";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import styles from "../admin.module.css";

const DecideOfficial = graphql(`
  mutation AdminDecideOfficial($userId: ID!, $approve: Boolean!, $reason: String) {
    decideOfficial(userId: $userId, approve: $approve, reason: $reason) {
      id
      role
      approvalStatus
    }
  }
`);

const VerifyOrganization = graphql(`mutation AdminVerifyOrganization($id: ID!) { verifyOrganization(id: $id, verified: true) { id verified } }`);

const RejectOrganization = graphql(`
  mutation AdminRejectOrganization($id: ID!, $reason: String!) {
    rejectOrganization(id: $id, reason: $reason) {
      id
      rejectedAt
    }
  }
`);

type Kind = "official" | "organization" | "membership";

/** Approve/refuse buttons of one pending item; the page re-renders after a decision. */
export function DecisionButtons({ kind, id, name, organization }: { kind: Kind; id: string; name: string; organization?: string }) {
  const t = useTranslations("admin.approvals");
  const tr = useTranslations("privacy.adminApprovals");
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string>();
  const router = useRouter();
  const { status, show, clear, busy, run: runBusy } = useBusyAction();

  const needsReason = kind !== "membership";
  const run = async (yes: boolean) => {
    setReasonError(undefined);
    clear();
    // A refusal says why: the applicant gets the reason by e-mail and on their account page.
    if (!yes && needsReason && reason.trim().length < 3) return setReasonError(tr("reasonRequired"));
    const res: ApiResult<unknown> = await runBusy(async () => {
      if (kind === "official") return await gqlClient(DecideOfficial, { userId: id, approve: yes, reason: yes ? null : reason });
      if (kind === "organization") return yes ? await gqlClient(VerifyOrganization, { id }) : await gqlClient(RejectOrganization, { id, reason });
      return await gqlClient(DecideMembershipMutation, { id, accept: yes });
    });
    if (res.error?.fields?.reason) return setReasonError(res.error.fields.reason);
    if (res.error) return show("error", t("failed", { code: res.error.code }));
    show("success", t("done", { name }));
    router.refresh();
  };

  const labels =
    kind === "official"
      ? { yes: t("approve"), yesLabel: t("approveLabel", { name }), no: t("reject"), noLabel: t("rejectLabel", { name }) }
      : kind === "organization"
        ? { yes: t("verify"), yesLabel: t("verifyLabel", { name }), no: t("reject"), noLabel: tr("rejectOrganizationLabel", { name }) }
        : {
            yes: t("accept"),
            yesLabel: t("acceptLabel", { name, organization: organization ?? "" }),
            no: t("refuse"),
            noLabel: t("refuseLabel", { name, organization: organization ?? "" }),
          };

  const reasonId = `reason-${id}`;
  return (
    <div>
      {needsReason && (
        <div className="field">
          <label htmlFor={reasonId}>{tr("reasonLabel", { name })}</label>
          <textarea
            id={reasonId}
            rows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${reasonId}-error` : undefined}
          />
          {reasonError && (
            <span id={`${reasonId}-error`} className="error" role="alert">
              {reasonError}
            </span>
          )}
        </div>
      )}
      <div className={styles.actions}>
        <button type="button" className="button" disabled={busy} aria-label={labels.yesLabel} onClick={() => run(true)}>
          {labels.yes}
        </button>
        {labels.no && (
          <button type="button" className="button button-secondary" disabled={busy} aria-label={labels.noLabel} onClick={() => run(false)}>
            {labels.no}
          </button>
        )}
      </div>
      <ActionStatus status={status} />
    </div>
  );
}
