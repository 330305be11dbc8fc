import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "./reset-password-form";
import { pageTitle } from "../../lib/page-title";

export const generateMetadata = pageTitle("auth", "lifecycle.reset.title", { robots: { index: false } });

/** Opened from the reset e-mail; the token is used only when the new password is submitted. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations("auth.lifecycle.reset");
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  return (
    <>
      <h1>{t("title")}</h1>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="alert alert-error" role="alert">
          {t("missing")} <Link href="/signin/forgot">{t("again")}</Link>
        </p>
      )}
    </>
  );
}
