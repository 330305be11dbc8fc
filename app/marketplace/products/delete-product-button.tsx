"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useBusy } from "../../components/forms/action-status";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";

const DeleteProductMutation = graphql(`mutation DeleteProduct($id: ID!) { deleteProduct(id: $id) }`);

/** A member removes an entry from the organisation's catalogue. */
export function DeleteProductButton({ id }: { id: string }) {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const { busy, run } = useBusy();
  const remove = async () => {
    const res = await run(() => gqlClient(DeleteProductMutation, { id }));
    if (res.error) return setError(res.error.message);
    router.refresh();
  };
  return (
    <span className="no-print">
      <button type="button" className="button button-secondary" disabled={busy} onClick={remove}>
        {t("products.delete")}
      </button>
      <span aria-live="polite">{error && <span className="error" role="alert"> {error}</span>}</span>
    </span>
  );
}
