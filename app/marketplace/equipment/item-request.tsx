"use client";
import { useRouter } from "next/navigation";
import { ActionStatus, useBusyAction } from "../../components/forms/action-status";
import { HeadedForm } from "../../components/forms/headed-form";
import { useServerForm } from "../../components/forms/server-form";
import { useTranslations } from "next-intl";
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
  const { register, formState, reset, status, show, submit, refused } = useServerForm<{ message: string }>({ defaultValues: { message: "" } });
  const refusal = (e: { code: string }) => (e.code === "CONFLICT" ? t("itemRequest.conflict") : e.code === "FORBIDDEN" ? t("itemRequest.forbidden") : t("errors.generic"));
  const onSubmit = submit(async (v) => {
    const res = await gqlClient(RequestItemMutation, { id: noticeId, m: v.message.trim() });
    if (refused(res, refusal)) return;
    reset();
    show("success", t("itemRequest.sent"));
  });
  return (
    <HeadedForm id="item-request-heading" heading={t("itemRequest.title")} status={status} onSubmit={onSubmit}>
      <TextAreaField
        id="item-request-message" label={t("itemRequest.message")} error={formState.errors.message?.message} rows={3}
        registration={register("message", lengthRule(1, 2000, t("errors.required")))}
      />
      <SubmitButton submitting={formState.isSubmitting}>{t("itemRequest.submit")}</SubmitButton>
    </HeadedForm>
  );
}

/** The owner's accept / decline buttons for one request. */
export function ItemRequestActions({ id }: { id: string }) {
  const t = useTranslations("marketplace");
  const router = useRouter();
  const { status, show, busy, run: runBusy } = useBusyAction();
  const run = async (accept: boolean) => {
    const res = await runBusy(async () => (accept ? await gqlClient(AcceptMutation, { id }) : await gqlClient(DeclineMutation, { id })));
    if (res.error) return show("error", res.error.message);
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
      <ActionStatus status={status} />
    </div>
  );
}
