"use client";
import { useTranslations } from "next-intl";
import { DeleteByIdButton } from "../../components/forms/action-button";
import { graphql } from "../../lib/graphql-document";

const DeleteMutation = graphql(`mutation AdminDeletePremises($id: ID!) { deletePremises(id: $id) }`);

export function DeleteButton({ id, address }: { id: string; address: string }) {
  const t = useTranslations("premises.admin");
  return (
    <DeleteByIdButton
      className="button button-secondary"
      aria-label={t("deleteLabel", { address })}
      confirm={t("confirmDelete", { address })}
      mutation={DeleteMutation}
      id={id}
      failed={t("deleteFailed")}
    >
      {t("delete")}
    </DeleteByIdButton>
  );
}
