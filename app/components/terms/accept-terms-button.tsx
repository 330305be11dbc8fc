"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useBusyAction } from "../forms/action-status";

const AcceptTerms = graphql(`
  mutation AcceptTerms($version: String!) {
    acceptTerms(version: $version) {
      mustAccept
    }
  }
`);

export function AcceptTermsButton({ version }: { version: string }) {
  const t = useTranslations("privacy.terms");
  const router = useRouter();
  const { status, show, busy, run } = useBusyAction();
  const accept = async () => {
    const res = await run(() => gqlClient(AcceptTerms, { version }));
    // A version that changed meanwhile: the refreshed banner shows the new one.
    if (res.error) show("error", t("failed"));
    router.refresh();
  };
  return (
    <div>
      <button type="button" className="button" disabled={busy} onClick={accept}>
        {t("accept")}
      </button>
      <ActionStatus status={status} />
    </div>
  );
}
