"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";

const DeleteMutation = graphql(`
  mutation AdminDeletePremises($id: ID!) {
    deletePremises(id: $id)
  }
`);

export function DeleteButton({ id, address }: { id: string; address: string }) {
  const t = useTranslations("premises.admin");
  const router = useRouter();
  const { status, show, busy, run } = useBusyAction();
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        aria-label={t("deleteLabel", { address })}
        onClick={async () => {
          if (!window.confirm(t("confirmDelete", { address }))) return;
          const res = await run(() => gqlClient(DeleteMutation, { id }));
          if (res.error && res.error.code !== "NOT_FOUND") return show("error", t("deleteFailed"));
          router.refresh();
        }}
      >
        {t("delete")}
      </button>
      <ActionStatus status={status} />
    </>
  );
}
