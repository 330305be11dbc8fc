"use client";
import { useRouter } from "next/navigation";
import { ActionStatus, useActionStatus, useBusy } from "../../components/forms/action-status";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { lengthRule, TextAreaField } from "../../components/forms/text-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { SubmitButton } from "../../components/forms/submit-button";

const RequestItemMutation = graphql(`mutation RequestItem($id: ID!, $m: String!) { requestItem(noticeId: $id, message: $m) { id status } }`);
const AcceptMutation = graphql(`mutation AcceptItemRequest($id: ID!) { acceptItemRequest(id: $id) { id status } }`);
const DeclineMutation = graphql(`mutation DeclineItemRequest($id: ID!) { declineItemRequest(id: $id) { id status } }`);

/** Someone asks the owner for a give-away / exchange / wanted item. */
export function ItemRequestForm({ noticeId }: { noticeId: string }) {
  const t = useTranslations("marketplace");
  // The shared visible, focused confirmation (app/components/forms/action-status.tsx).
  const notice = useActionStatus();
  const setStatus = (s?: { kind: "error" | "success"; text: string }) => (s ? notice.show(s.kind, s.text) : notice.clear());
  const { register, handleSubmit, formState, reset, setError } = useForm<{ message: string }>({ defaultValues: { message: "" } });
  const onSubmit = async (v: { message: string }) => {
    setStatus(undefined);
    const res = await gqlClient(RequestItemMutation, { id: noticeId, m: v.message.trim() });
    if (res.error) {
      if (res.error.code === "BAD_USER_INPUT" && res.error.fields?.message) return setError("message", { message: res.error.fields.message });
      const text = res.error.code === "CONFLICT" ? t("itemRequest.conflict") : res.error.code === "FORBIDDEN" ? t("itemRequest.forbidden") : t("errors.generic");
      return setStatus({ kind: "error", text });
    }
    reset();
    setStatus({ kind: "success", text: t("itemRequest.sent") });
  };
  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="item-request-heading">
      <h2 id="item-request-heading">{t("itemRequest.title")}</h2>
      <ActionStatus status={notice.status} />
      <TextAreaField
        id="item-request-message" label={t("itemRequest.message")} error={formState.errors.message?.message} rows={3}
        registration={register("message", lengthRule(1, 2000, t("errors.required")))}
      />
      <SubmitButton submitting={formState.isSubmitting}>{t("itemRequest.submit")}</SubmitButton>
    </form>
  );
}

/** The owner's accept / decline buttons for one request. */
export function ItemRequestActions({ id }: { id: string }) {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const { busy, run: runBusy } = useBusy();
  const run = async (accept: boolean) => {
    const res = await runBusy(async () => (accept ? await gqlClient(AcceptMutation, { id }) : await gqlClient(DeclineMutation, { id })));
    if (res.error) return setError(res.error.message);
    router.refresh();
  };
  return (
    <div className="no-print">
      <button type="button" className="button" disabled={busy} onClick={() => run(true)}>
        {t("itemRequest.accept")}
      </button>{" "}
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => run(false)}>
        {t("itemRequest.decline")}
      </button>
      <span aria-live="polite">{error && <span className="error" role="alert"> {error}</span>}</span>
    </div>
  );
}
