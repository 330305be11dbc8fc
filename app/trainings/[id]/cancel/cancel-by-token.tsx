"use client";
import { useTranslations } from "next-intl";
import { LinkActionButton } from "../../../components/forms/link-action-button";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";

const CancelByTokenMutation = graphql(`
  mutation CancelRegistrationByToken($token: String!) {
    cancelRegistrationByToken(token: $token) {
      id
      status
    }
  }
`);

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
      <LinkActionButton
        label={t("confirm")}
        done={t("done")}
        failed={t("invalid")}
        act={async () => !(await gqlClient(CancelByTokenMutation, { token })).error}
      />
    </div>
  );
}
