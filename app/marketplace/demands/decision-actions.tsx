"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";

const AwardMutation = graphql(`mutation AwardOffer($offerId: ID!) { awardOffer(offerId: $offerId) { id status } }`);
const CloseMutation = graphql(`mutation CloseDemand($id: ID!) { closeDemand(id: $id) { id status } }`);

/** The posting official's decision: award one offer, or close without award. */
export function DecisionButton({ kind, id }: { kind: "award" | "close"; id: string }) {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const { status, show, busy, run: runBusy } = useBusyAction();
  const run = async () => {
    const res = await runBusy(async () => (kind === "award" ? await gqlClient(AwardMutation, { offerId: id }) : await gqlClient(CloseMutation, { id })));
    if (res.error) return show("error", res.error.message);
    router.refresh();
  };
  return (
    <div className="no-print">
      <button type="button" className={kind === "award" ? "button" : "button button-secondary"} disabled={busy} onClick={run}>
        {kind === "award" ? t("demand.award") : t("demand.close")}
      </button>
      <ActionStatus status={status} />
    </div>
  );
}
