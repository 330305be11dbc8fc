"use client";
import { useTranslations } from "next-intl";
import { TokenActionButton } from "../../../components/forms/link-action-button";
import { graphql } from "../../../lib/graphql-document";

const CancelByTokenMutation = graphql(`mutation CancelRegistrationByToken($token: String!) { cancelRegistrationByToken(token: $token) { id status } }`);

export function CancelByToken({ token }: { token: string }) {
  const t = useTranslations("trainings.cancelPage");
  if (!token) {
    return (
      <div className="stack">
        <p className="alert alert-error">{t("invalid")}</p>
      </div>
    );
  }
  return (
    <div className="stack">
      <p>{t("lead")}</p>
      <TokenActionButton mutation={CancelByTokenMutation} token={token} label={t("confirm")} done={t("done")} failed={t("invalid")} />
    </div>
  );
}
