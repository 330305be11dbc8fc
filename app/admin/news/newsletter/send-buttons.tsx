"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";
import { ActionStatus, useBusyAction } from "../../../components/forms/action-status";

const SendTestMutation = graphql(`mutation SendNewsletterIssueTest($id: ID!) { sendNewsletterIssueTest(id: $id) }`);
const SendMutation = graphql(`mutation SendNewsletterIssue($id: ID!) { sendNewsletterIssue(id: $id) { id status recipientCount } }`);

/** Test to oneself, then the real sending (asks first; sending again never mails anyone twice). */
export function SendButtons({ issueId }: { issueId: string }) {
  const t = useTranslations("news.newsletter.admin");
  const router = useRouter();
  const { status, show, busy, run } = useBusyAction();

  const test = async () => {
    const res = await run(() => gqlClient(SendTestMutation, { id: issueId }));
    if (res.error) show("error", res.error.message);
    else show("success", t("testSent"));
  };
  const send = async () => {
    if (!window.confirm(t("sendConfirm"))) return;
    const res = await run(() => gqlClient(SendMutation, { id: issueId }));
    if (res.error) return show("error", Object.values(res.error.fields ?? {})[0] ?? res.error.message);
    show("success", t("sent", { count: res.data.sendNewsletterIssue.recipientCount }));
    router.refresh();
  };

  return (
    <div className="stack">
      <ActionStatus status={status} />
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
