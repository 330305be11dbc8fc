"use client";
import { useTranslations } from "next-intl";
import { LinkActionButton } from "./forms/link-action-button";
import { graphql } from "../lib/graphql-document";
import { gqlClient } from "../lib/graphql-client";

const UnsubscribeFromNotifications = graphql(`
  mutation UnsubscribeFromNotifications($token: String!) {
    unsubscribeFromNotifications(token: $token)
  }
`);
const UnsubscribePremisesSearch = graphql(`
  mutation UnsubscribePremisesSearch($token: String!) {
    unsubscribePremisesSearch(token: $token)
  }
`);
const CancelViewing = graphql(`
  mutation CancelPremisesViewingByToken($token: String!) {
    cancelPremisesViewingByToken(token: $token) { id cancelledAt }
  }
`);

/** What the link of an e-mail does with its token: the texts (`button`, `done`, `bad`) and the call. */
const ACTIONS = {
  unsubscribeNotifications: { namespace: "notifications.unsubscribe", act: (token: string) => gqlClient(UnsubscribeFromNotifications, { token }) },
  unsubscribePremisesSearch: { namespace: "premises.alerts.unsubscribe", act: (token: string) => gqlClient(UnsubscribePremisesSearch, { token }) },
  cancelViewing: { namespace: "premises.viewings.cancel", act: (token: string) => gqlClient(CancelViewing, { token }) },
} as const;

/** The button of a `LinkTokenPage` (unsubscribe, cancel a viewing): `does` names what the token's link does. */
export function LinkTokenButton({ does, token }: { does: keyof typeof ACTIONS; token: string }) {
  const { namespace, act } = ACTIONS[does];
  const t = useTranslations(namespace);
  return <LinkActionButton label={t("button")} done={t("done")} failed={t("bad")} act={async () => !(await act(token)).error} />;
}
