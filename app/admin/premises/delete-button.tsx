"use client";
import { useTranslations } from "next-intl";
import { ActionButton } from "../../components/forms/action-button";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";

const DeleteMutation = graphql(`mutation AdminDeletePremises($id: ID!) { deletePremises(id: $id) }`);

export function DeleteButton({ id, address }: { id: string; address: string }) {
  const t = useTranslations("premises.admin");
  return (
    <ActionButton
      className="button button-secondary"
      aria-label={t("deleteLabel", { address })}
      confirm={t("confirmDelete", { address })}
      act={() => gqlClient(DeleteMutation, { id })}
      // Already gone (another tab, another admin): the refreshed list says so.
      refusal={(e) => (e.code === "NOT_FOUND" ? null : t("deleteFailed"))}
    >
      {t("delete")}
    </ActionButton>
  );
}
