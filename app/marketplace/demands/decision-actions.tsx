"use client";
import { useTranslations } from "next-intl";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { ActionButton } from "../../components/forms/action-button";

const AwardMutation = graphql(`mutation AwardOffer($offerId: ID!) { awardOffer(offerId: $offerId) { id status } }`);
const CloseMutation = graphql(`mutation CloseDemand($id: ID!) { closeDemand(id: $id) { id status } }`);

/** The posting official's decision: award one offer, or close without award. */
export function DecisionButton({ kind, id }: { kind: "award" | "close"; id: string }) {
  const t = useTranslations("marketplace");
  return (
    <div className="no-print">
      <ActionButton
        className={kind === "award" ? "button" : "button button-secondary"}
        act={async () => (kind === "award" ? await gqlClient(AwardMutation, { offerId: id }) : await gqlClient(CloseMutation, { id }))}
        refusal={(e) => e.message}
      >
        {kind === "award" ? t("demand.award") : t("demand.close")}
      </ActionButton>
    </div>
  );
}
