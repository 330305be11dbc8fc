"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";

const DeleteProductMutation = graphql(`mutation DeleteProduct($id: ID!) { deleteProduct(id: $id) }`);

/** A member removes an entry from the organisation's catalogue. */
export function DeleteProductButton({ id }: { id: string }) {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const res = await gqlClient(DeleteProductMutation, { id });
    setBusy(false);
    if (res.error) return setError(res.error.message);
    router.refresh();
  };
  return (
    <span className="no-print">
      <button type="button" className="button button-secondary" disabled={busy} onClick={run}>
        {t("products.delete")}
      </button>
      <span aria-live="polite">{error && <span className="error" role="alert"> {error}</span>}</span>
    </span>
  );
}
