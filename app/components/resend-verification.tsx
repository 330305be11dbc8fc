"use client";
import { SubmitButton } from "./forms/submit-button";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resendVerification, type ResendState } from "../account/verify/actions";

export function ResendVerificationButton() {
  const t = useTranslations("auth.lifecycle.banner");
  const [state, action, pending] = useActionState<ResendState>(resendVerification, null);
  return (
    <form action={action} className="verify-banner-form">
      <SubmitButton submitting={pending}>{t("resend")}</SubmitButton>
      <span role="status">{state ? t(state) : ""}</span>
    </form>
  );
}
