"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";

const DeleteProductMutation = graphql(`mutation DeleteProduct($id: ID!) { deleteProduct(id: $id) }`);

/** A member removes an entry from the organisation's catalogue. */
export function DeleteProductButton({ id }: { id: string }) {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const { status, show, busy, run } = useBusyAction();
  const remove = async () => {
    const res = await run(() => gqlClient(DeleteProductMutation, { id }));
    if (res.error) return show("error", res.error.message);
    router.refresh();
  };
  return (
    <div className="no-print">
      <button type="button" className="button button-secondary" disabled={busy} onClick={remove}>
        {t("products.delete")}
      </button>
      <ActionStatus status={status} />
    </div>
  );
}
