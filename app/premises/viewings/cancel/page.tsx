import { getTranslations } from "next-intl/server";
import { TokenActionButton } from "../../../components/forms/link-action-button";
import { graphql } from "../../../lib/graphql-document";
import { pageTitle } from "../../../lib/page-title";

export const generateMetadata = pageTitle("premises", "viewings.cancel.title", { robots: { index: false } });

const Cancel = graphql(`
  mutation CancelPremisesViewingByToken($token: String!) {
    cancelPremisesViewingByToken(token: $token) { id cancelledAt }
  }
`);

/** The e-mail's cancel link: a page with a button (a prefetching mail client must not cancel anyone). */
export default async function CancelViewingPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("premises.viewings.cancel");
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      {typeof token === "string" && /^[A-Za-z0-9_-]{20,64}$/.test(token) ? (
        <>
          <p>{t("intro")}</p>
          <TokenActionButton mutation={Cancel} token={token} label={t("button")} done={t("done")} failed={t("bad")} />
        </>
      ) : (
        <div className="alert alert-error" role="alert">
          {t("bad")}
        </div>
      )}
    </div>
  );
}
