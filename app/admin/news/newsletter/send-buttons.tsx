"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { graphql } from "../../../gql";
import { gqlClient } from "../../../lib/graphql-client";

const SendTestMutation = graphql(`
  mutation SendNewsletterIssueTest($id: ID!) {
    sendNewsletterIssueTest(id: $id)
  }
`);
const SendMutation = graphql(`
  mutation SendNewsletterIssue($id: ID!) {
    sendNewsletterIssue(id: $id) { id status recipientCount }
  }
`);

/** Test to oneself, then the real sending (asks first; sending again never mails anyone twice). */
export function SendButtons({ issueId }: { issueId: string }) {
  const t = useTranslations("news.newsletter.admin");
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);

  const test = async () => {
    setBusy(true);
    const res = await gqlClient(SendTestMutation, { id: issueId });
    setBusy(false);
    setMessage(res.error ? { ok: false, text: res.error.message } : { ok: true, text: t("testSent") });
  };
  const send = async () => {
    if (!window.confirm(t("sendConfirm"))) return;
    setBusy(true);
    const res = await gqlClient(SendMutation, { id: issueId });
    setBusy(false);
    if (res.error) {
      setMessage({ ok: false, text: Object.values(res.error.fields ?? {})[0] ?? res.error.message });
      return;
    }
    setMessage({ ok: true, text: t("sent", { count: res.data.sendNewsletterIssue.recipientCount }) });
    router.refresh();
  };

  return (
    <div className="stack">
      <div aria-live="polite">
        {message && (
          <p className={`alert ${message.ok ? "alert-success" : "alert-error"}`} role={message.ok ? undefined : "alert"}>
            {message.text}
          </p>
        )}
      </div>
      <p>
        <button type="button" className="button button-secondary" disabled={busy} onClick={test}>
          {t("sendTest")}
        </button>{" "}
        <button type="button" className="button" disabled={busy} onClick={send}>
          {t("send")}
        </button>
      </p>
    </div>
  );
}
