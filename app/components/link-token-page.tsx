import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LinkActionPage } from "./forms/link-action-page";

/**
 * A page opened from an e-mail link that carries a `?token=` (unsubscribe, stop an alert):
 * the texts `title`, `lead` and `bad` of `namespace`, and `action(token)` (the one button)
 * only for a token that can be right (16 to `maxLength` characters); the API judges it.
 */
export async function LinkTokenPage({
  namespace,
  token,
  maxLength,
  action,
}: {
  namespace: string;
  token: string | undefined;
  maxLength: number;
  action: (token: string) => ReactNode;
}) {
  const t = await getTranslations(namespace);
  const valid = typeof token === "string" && token.length >= 16 && token.length <= maxLength;
  return (
    <LinkActionPage title={t("title")} lead={t("lead")} bad={t("bad")} valid={valid}>
      {valid && action(token)}
    </LinkActionPage>
  );
}
