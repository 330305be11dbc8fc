"use client";
import { useTranslations } from "next-intl";
import { ActionButton } from "../../components/forms/action-button";
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
  return (
    <div>
      <ActionButton
        className="button button-secondary"
        statusFirst
        keepAs={`notifications-mark-${id ?? "all"}`}
        act={() => gqlClient(MarkRead, { ids: id ? [id] : null })}
        refusal={() => t("failed")}
        done={t("marked")}
      >
        {label}
      </ActionButton>
    </div>
  );
}
