"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
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
  const [state, setState] = useState<"idle" | "busy" | "done" | "invalid">(token ? "idle" : "invalid");
  const go = async () => {
    setState("busy");
    const res = await gqlClient(CancelByTokenMutation, { token });
    setState(res.error ? "invalid" : "done");
  };
  return (
    <div className="stack" aria-live="polite">
      {state === "done" && <p className="alert alert-success">{t("done")}</p>}
      {state === "invalid" && <p className="alert alert-error">{t("invalid")}</p>}
      {(state === "idle" || state === "busy") && (
        <>
          <p>{t("lead")}</p>
          <button type="button" className="button" onClick={go} disabled={state === "busy"}>
            {t("confirm")}
          </button>
        </>
      )}
    </div>
  );
}
