"use client";
import { SubmitButton } from "../../../components/forms/submit-button";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionStatus, useBusyAction } from "../../../components/forms/action-status";
import { Field } from "../../../components/forms/field";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";

const Reply = graphql(`
  mutation ReplyToPremisesEnquiry($id: ID!, $message: String!) {
    replyToPremisesEnquiry(id: $id, message: $message) { id status }
  }
`);
const Handled = graphql(`
  mutation MarkPremisesEnquiryHandled($id: ID!) {
    markPremisesEnquiryHandled(id: $id) { id status }
  }
`);

/** The official in charge answers an enquiry (e-mailed to the enquirer) or closes it. */
export function EnquiryReplyForm({ id, status }: { id: string; status: "NEW" | "ANSWERED" | "HANDLED" }) {
  const t = useTranslations("premises.admin.inbox");
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string>();
  const [state, setState] = useState(status);
  const notice = useBusyAction();
  const { busy } = notice;

  const reply = async (ev: React.FormEvent) => {
    ev.preventDefault();
    setError(undefined);
    notice.clear();
    if (!message.trim()) return setError(t("errors.empty"));
    const res = await notice.run(() => gqlClient(Reply, { id, message: message.trim() }));
    if (res.error) {
      if (res.error.code === "BAD_USER_INPUT") return setError(t("errors.length"));
      return notice.show("error", res.error.code === "CONFLICT" ? t("errors.closed") : res.error.code === "FORBIDDEN" ? t("errors.forbidden") : t("errors.generic"));
    }
    setMessage("");
    setState("ANSWERED");
    notice.show("success", t("replied"));
    router.refresh();
  };
  const close = async () => {
    const res = await notice.run(() => gqlClient(Handled, { id }));
    if (res.error) return notice.show("error", res.error.code === "FORBIDDEN" ? t("errors.forbidden") : t("errors.generic"));
    setState("HANDLED");
    notice.show("success", t("closed"));
    router.refresh();
  };

  return (
    <div className="stack no-print">
      {state !== "HANDLED" && (
        <form className="form" onSubmit={reply} noValidate aria-label={t("replyLabel")}>
          <Field id={`reply-${id}`} label={t("reply")} hint={t("replyHint")} error={error}>
            {(a) => <textarea {...a} rows={4} maxLength={3000} value={message} onChange={(e) => setMessage(e.target.value)} />}
          </Field>
          <div className="button-row">
            <SubmitButton submitting={busy}>{t("send")}</SubmitButton>
            <button type="button" className="button button-secondary" disabled={busy} onClick={close}>
              {t("markHandled")}
            </button>
          </div>
        </form>
      )}
      <ActionStatus status={notice.status} />
    </div>
  );
}
