import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
// Plain code without imports, shared with next-auth's redirect callback.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { safeCallbackUrl } from "../../server/auth/safe-callback-url";
import { server } from "../lib/server";
import { CitySignIn } from "./city-sign-in";
import { SignInForm } from "./sign-in-form";
import { pageTitle } from "../lib/page-title";

export const generateMetadata = pageTitle("auth", "signIn.title");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string; reset?: string }> }) {
  const t = await getTranslations("auth");
  const sp = await searchParams;
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") === "https" ? "https" : "http"}://${h.get("host") ?? "localhost"}`;
  const callbackUrl = safeCallbackUrl(sp.callbackUrl, origin);
  const city = server()
    .authOptions()
    .providers.some((p) => p.id === "city");
  return (
    <>
      <h1>{t("signIn.title")}</h1>
      {sp.reset === "1" && (
        <p className="alert alert-success" role="status">
          {t("signIn.passwordReset")}
        </p>
      )}
      {city && <CitySignIn callbackUrl={callbackUrl} csrfToken={h.get("x-pestor-signin-csrf") ?? undefined} />}
      {city && <h2>{t("signIn.orPassword")}</h2>}
      {/* The token proxy.ts made for this page: the form then signs in without JavaScript too. */}
      <SignInForm callbackUrl={callbackUrl} initialError={sp.error} csrfToken={h.get("x-pestor-signin-csrf") ?? undefined} />
      <p>
        <Link href="/signin/forgot">{t("signIn.forgotLink")}</Link>
      </p>
    </>
  );
}
