"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";

const Subscribe = graphql(`mutation SubscribeDemandCategory($c: String!) { subscribeToDemandCategory(category: $c) }`);
const Unsubscribe = graphql(`mutation UnsubscribeDemandCategory($c: String!) { unsubscribeFromDemandCategory(category: $c) }`);

export function SubscriptionToggles({ categories, subscribed }: { categories: string[]; subscribed: string[] }) {
  const t = useTranslations("marketplace");
  const [mine, setMine] = useState(new Set(subscribed));
  const [message, setMessage] = useState<string>();
  const toggle = async (c: string, on: boolean) => {
    const res = on ? await gqlClient(Subscribe, { c }) : await gqlClient(Unsubscribe, { c });
    if (res.error) return setMessage(t("errors.generic"));
    const list = "subscribeToDemandCategory" in res.data ? res.data.subscribeToDemandCategory : res.data.unsubscribeFromDemandCategory;
    setMine(new Set(list));
    setMessage(t("subscriptions.saved"));
  };
  return (
    <fieldset>
      <legend>{t("subscriptions.legend")}</legend>
      {categories.map((c, i) => (
        <div key={c} className="field-inline">
          <input type="checkbox" id={`sub-${i}`} checked={mine.has(c)} onChange={(e) => toggle(c, e.target.checked)} />
          <label htmlFor={`sub-${i}`}>{c}</label>
        </div>
      ))}
      <p aria-live="polite" className="muted">{message}</p>
    </fieldset>
  );
}
