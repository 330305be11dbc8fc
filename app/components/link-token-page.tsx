import { getTranslations } from "next-intl/server";
import type { TypedDocumentString } from "../gql/graphql";
import { TokenActionButton } from "./forms/link-action-button";
import { LinkActionPage } from "./forms/link-action-page";

/**
 * A page opened from an e-mail link that carries a `?token=` (unsubscribe, stop an alert):
 * the texts `title`, `lead`, `button`, `done` and `bad` of `namespace`, and the one button,
 * which sends the token to `mutation`, only for a token that can be right (16 to `maxLength`
 * characters); the API judges it.
 */
export async function LinkTokenPage({
  namespace,
  token,
  maxLength,
  mutation,
}: {
  namespace: string;
  token: string | undefined;
  maxLength: number;
  mutation: TypedDocumentString<unknown, { token: string }>;
}) {
  const t = await getTranslations(namespace);
  const valid = typeof token === "string" && token.length >= 16 && token.length <= maxLength;
  return (
    <LinkActionPage title={t("title")} lead={t("lead")} bad={t("bad")} valid={valid}>
      {valid && <TokenActionButton mutation={mutation} token={token} label={t("button")} done={t("done")} failed={t("bad")} />}
    </LinkActionPage>
  );
}
