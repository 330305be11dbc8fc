import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "../../lib/session";
import { pageTitle } from "../../lib/page-title";

export const generateMetadata = pageTitle("auth", "lifecycle.verify.title", { robots: { index: false } });

/** What the e-mailed link did (app/account/verify/route.ts confirms, then comes here). */
export default async function VerifiedPage({ searchParams }: { searchParams: Promise<{ result?: string }> }) {
  const t = await getTranslations("auth.lifecycle.verify");
  const result = (await searchParams).result;
  const signedIn = Boolean(await currentUser());
  return (
    <>
      <h1>{t("title")}</h1>
      {result === "done" ? (
        <p className="alert alert-success" role="status">
          {t("done")}
        </p>
      ) : (
        <div className="alert alert-error" role="alert">
          <p>{result === "conflict" ? t("conflict") : t("invalid")}</p>
          {result !== "conflict" && <p>{t("invalidHelp")}</p>}
        </div>
      )}
      <p>
        <Link href={signedIn ? "/account" : "/"}>{signedIn ? t("account") : t("continue")}</Link>
      </p>
    </>
  );
}
