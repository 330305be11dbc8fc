"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { graphql } from "../../../gql";
import { gqlClient } from "../../../lib/graphql-client";

const Cancel = graphql(`
  mutation CancelPremisesViewingByToken($token: String!) {
    cancelPremisesViewingByToken(token: $token) { id cancelledAt }
  }
`);

export function CancelViewingButton({ token }: { token: string }) {
  const t = useTranslations("premises.viewings.cancel");
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
            const res = await gqlClient(Cancel, { token });
            setState(res.error ? "bad" : "done");
          }}
        >
          {t("button")}
        </button>
      )}
    </div>
  );
}
