"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
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
  const { status, show, busy, run } = useBusyAction(null, `notifications-mark-${id ?? "all"}`);
  return (
    <div>
      <ActionStatus status={status} />
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={async () => {
          const res = await run(() => gqlClient(MarkRead, { ids: id ? [id] : null }));
          show(res.error ? "error" : "success", res.error ? t("failed") : t("marked"));
          if (!res.error) router.refresh();
        }}
      >
        {label}
      </button>
    </div>
  );
}
