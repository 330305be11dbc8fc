"use client";
import { useTranslations } from "next-intl";
import { ActionButton } from "../../components/forms/action-button";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";

const DeleteProductMutation = graphql(`mutation DeleteProduct($id: ID!) { deleteProduct(id: $id) }`);

/** A member removes an entry from the organisation's catalogue. */
export function DeleteProductButton({ id }: { id: string }) {
  const t = useTranslations("marketplace");
  return (
    <div className="no-print">
      <ActionButton className="button button-secondary" act={() => gqlClient(DeleteProductMutation, { id })} refusal={(e) => e.message}>
        {t("products.delete")}
      </ActionButton>
    </div>
  );
}
