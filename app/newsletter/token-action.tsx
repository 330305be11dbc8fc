"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { graphql } from "../lib/graphql-document";
import { gqlClient } from "../lib/graphql-client";

const ConfirmMutation = graphql(`mutation ConfirmNewsletterSubscription($token: String!) { confirmNewsletterSubscription(token: $token) }`);
const UnsubscribeMutation = graphql(`mutation UnsubscribeFromNewsletter($token: String!) { unsubscribeFromNewsletter(token: $token) }`);

/**
 * Runs the link's action once the page is open in a browser. It is done by script, not
 * by the GET itself, so mail scanners that only fetch links do not confirm or
 * unsubscribe anyone. (Mail clients unsubscribe with the RFC 8058 POST instead.)
 */
export function TokenAction({ kind, token }: { kind: "confirm" | "unsubscribe"; token: string }) {
  const t = useTranslations(`news.newsletter.${kind}`);
  const [state, setState] = useState<"idle" | "working" | "ok" | "bad">("idle");
  const started = useRef(false);

  const run = async () => {
    setState("working");
    const res =
      kind === "confirm" ? await gqlClient(ConfirmMutation, { token }) : await gqlClient(UnsubscribeMutation, { token });
    setState(res.error ? "bad" : "ok");
  };

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div aria-live="polite">
      {(state === "working" || state === "idle") && <p>{t("working")}</p>}
      {state === "ok" && <p className="alert alert-success">{t("ok")}</p>}
      {state === "bad" && (
        <p className="alert alert-error" role="alert">
          {t("bad")}
        </p>
      )}
    </div>
  );
}
