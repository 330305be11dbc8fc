"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionStatus, useActionStatus } from "../../components/forms/action-status";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";

const MarkRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(input: { ids: $ids })
  }
`);

/** Marks one notification (`id`) or all of them read, then refreshes the list and the header count. */
export function MarkReadButton({ id, label }: { id?: string; label: string }) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const { status, show } = useActionStatus(null, `notifications-mark-${id ?? "all"}`);
  const [busy, setBusy] = useState(false);
  return (
    <div>
      <ActionStatus status={status} />
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const res = await gqlClient(MarkRead, { ids: id ? [id] : null });
          setBusy(false);
          show(res.error ? "error" : "success", res.error ? t("failed") : t("marked"));
          if (!res.error) router.refresh();
        }}
      >
        {label}
      </button>
    </div>
  );
}
