"use client";
import { useTranslations } from "next-intl";
import { LinkActionButton } from "../../../components/forms/link-action-button";
import { graphql } from "../../../lib/graphql-document";
import { gqlClient } from "../../../lib/graphql-client";

const Unsubscribe = graphql(`
  mutation UnsubscribePremisesSearch($token: String!) {
    unsubscribePremisesSearch(token: $token)
  }
`);

export function UnsubscribeButton({ token }: { token: string }) {
  const t = useTranslations("premises.alerts.unsubscribe");
  return <LinkActionButton label={t("button")} done={t("done")} failed={t("bad")} act={async () => !(await gqlClient(Unsubscribe, { token })).error} />;
}
