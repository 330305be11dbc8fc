"use client";
import { useTranslations } from "next-intl";
import { graphql } from "../../lib/graphql-document";
import { gqlClient } from "../../lib/graphql-client";
import { ActionButton } from "../forms/action-button";

const AcceptTerms = graphql(`mutation AcceptTerms($version: String!) { acceptTerms(version: $version) { mustAccept } }`);

export function AcceptTermsButton({ version }: { version: string }) {
  const t = useTranslations("privacy.terms");
  return (
    <div>
      {/* A version that changed meanwhile: the refreshed banner shows the new one. */}
      <ActionButton act={() => gqlClient(AcceptTerms, { version })} refusal={() => t("failed")} refreshAfterRefusal>
        {t("accept")}
      </ActionButton>
    </div>
  );
}
