"use client";
import { useTranslations } from "next-intl";
import { LinkActionButton } from "../../../components/forms/link-action-button";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";

const Cancel = graphql(`
  mutation CancelPremisesViewingByToken($token: String!) {
    cancelPremisesViewingByToken(token: $token) { id cancelledAt }
  }
`);

export function CancelViewingButton({ token }: { token: string }) {
  const t = useTranslations("premises.viewings.cancel");
  return <LinkActionButton label={t("button")} done={t("done")} failed={t("bad")} act={async () => !(await gqlClient(Cancel, { token })).error} />;
}
