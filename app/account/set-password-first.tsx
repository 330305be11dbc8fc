"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { gqlClient } from "../lib/graphql-client";
import { RequestPasswordReset } from "../signin/forgot/forgot-password-form";
import { ActionStatus, useBusyAction } from "../components/forms/action-status";

/**
 * Takes the place of a form confirmed by the current password when the account has none
 * (made by the city sign-in): the e-mailed reset link sets one. Without it such a person
 * could neither change their address nor delete their account (RODO).
 */
export function SetPasswordFirst({ email, purpose }: { email: string; purpose: "security" | "delete" }) {
  const t = useTranslations("auth.lifecycle.setPassword");
  const { status, show, busy, run } = useBusyAction();

  const send = async () => {
    const res = await run(() => gqlClient(RequestPasswordReset, { email }));
    if (res.error) return show("error", res.error.code === "RATE_LIMITED" ? t("rateLimited") : t("failed"));
    show("success", t("sent", { email }));
  };

  return (
    <div className="stack" data-testid="set-password-first">
      <p>{t(purpose === "delete" ? "leadDelete" : "leadSecurity", { email })}</p>
      <ActionStatus status={status} />
      {/* Without JavaScript the button could do nothing: the link below is the way then. */}
      <p className="js-only">
        <button type="button" className="button" onClick={send} disabled={busy}>
          {busy ? t("sending") : t("send")}
        </button>
      </p>
      <p>
        <Link href="/signin/forgot">{t("noScript")}</Link>
      </p>
    </div>
  );
}
