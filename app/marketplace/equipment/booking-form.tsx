"use client";
import { useTranslations } from "next-intl";
import { ActionStatus, useActionStatus } from "../../components/forms/action-status";
import { useForm } from "react-hook-form";
import { maxLengthRule, TextAreaField, TextField } from "../../components/forms/text-field";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { SubmitButton } from "../../components/forms/submit-button";

export const RequestBookingMutation = graphql(`
  mutation RequestBooking($noticeId: ID!, $from: Date!, $to: Date!, $message: String) {
    requestBooking(noticeId: $noticeId, from: $from, to: $to, message: $message) {
      id
      status
      from
      to
    }
  }
`);

interface Values {
  from: string;
  to: string;
  message: string;
}

/**
 * A borrower's request for days of a LEND item. The same rules as the server (from ≤ to,
 * not in the past) are checked before sending; `today` is the day in Toruń (YYYY-MM-DD).
 */
export function BookingForm({ noticeId, today, onBooked }: { noticeId: string; today: string; onBooked?: () => void }) {
  const t = useTranslations("marketplace");
  // The shared visible, focused confirmation (app/components/forms/action-status.tsx).
  const notice = useActionStatus();
  const setStatus = (s?: { kind: "error" | "success"; text: string }) => (s ? notice.show(s.kind, s.text) : notice.clear());
  const { register, handleSubmit, formState, setError, getValues, reset } = useForm<Values>({
    defaultValues: { from: "", to: "", message: "" },
  });
  const e = formState.errors;

  const onSubmit = async (v: Values) => {
    setStatus(undefined);
    const res = await gqlClient(RequestBookingMutation, { noticeId, from: v.from, to: v.to, message: v.message.trim() || null });
    if (res.error) {
      const { code, fields } = res.error;
      if (code === "BAD_USER_INPUT" && fields && Object.keys(fields).length) {
        for (const [field, message] of Object.entries(fields)) {
          if (field === "from" || field === "to" || field === "message") setError(field, { message });
          else setStatus({ kind: "error", text: message });
        }
        return;
      }
      const text = code === "CONFLICT" ? t("booking.conflict") : code === "FORBIDDEN" ? t("booking.forbidden") : t("errors.generic");
      return setStatus({ kind: "error", text });
    }
    reset();
    setStatus({ kind: "success", text: t("booking.sent") });
    onBooked?.();
  };

  return (
    <form className="form" onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="booking-heading">
      <h2 id="booking-heading">{t("booking.title")}</h2>
      <p className="muted">{t("booking.lead")}</p>
      <ActionStatus status={notice.status} />
      <TextField
        id="booking-from" label={t("booking.from")} error={e.from?.message} type="date" min={today}
        registration={register("from", { required: t("errors.required"), validate: (s) => s >= today || t("booking.errors.fromPast") })}
      />
      <TextField
        id="booking-to" label={t("booking.to")} error={e.to?.message} type="date" min={today}
        registration={register("to", { required: t("errors.required"), validate: (s) => !getValues("from") || s >= getValues("from") || t("booking.errors.toBeforeFrom") })}
      />
      <TextAreaField id="booking-message" label={t("booking.message")} error={e.message?.message} rows={3} registration={register("message", maxLengthRule(2000, t("errors.invalid")))} />
      <SubmitButton submitting={formState.isSubmitting} busyLabel={t("booking.submitting")}>
        {t("booking.submit")}
      </SubmitButton>
    </form>
  );
}
