"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { ActionStatus, useActionStatus } from "../forms/action-status";

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
  const [busy, setBusy] = useState(false);
  const { status, show, clear } = useActionStatus();
  const accept = async () => {
    setBusy(true);
    clear();
    const res = await gqlClient(AcceptTerms, { version });
    setBusy(false);
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
