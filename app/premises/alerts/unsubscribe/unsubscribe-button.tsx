"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { graphql } from "../../../gql";
import { gqlClient } from "../../../lib/graphql-client";

const Unsubscribe = graphql(`
  mutation UnsubscribePremisesSearch($token: String!) {
    unsubscribePremisesSearch(token: $token)
  }
`);

/** A button, not the GET itself: link checkers and prefetchers must not unsubscribe anyone. */
export function UnsubscribeButton({ token }: { token: string }) {
  const t = useTranslations("premises.alerts.unsubscribe");
  const [state, setState] = useState<"idle" | "busy" | "done" | "bad">("idle");
  return (
    <div aria-live="polite">
      {state === "done" ? (
        <div className="alert alert-success" role="status">
          {t("done")}
        </div>
      ) : state === "bad" ? (
        <div className="alert alert-error" role="alert">
          {t("bad")}
        </div>
      ) : (
        <button
          type="button"
          className="button"
          disabled={state === "busy"}
          onClick={async () => {
            setState("busy");
            const res = await gqlClient(Unsubscribe, { token });
            setState(res.error ? "bad" : "done");
          }}
        >
          {t("button")}
        </button>
      )}
    </div>
  );
}
