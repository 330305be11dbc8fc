"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { signIn } from "../lib/auth-client";

/**
 * "Zaloguj się kontem Urzędu": shown only when the city's OpenID provider is configured.
 * A plain form posting to next-auth (the CSRF token comes from proxy.ts), so it works
 * without JavaScript; with it, the same request goes through fetch and the button says it is busy.
 */
export function CitySignIn({ callbackUrl, csrfToken }: { callbackUrl: string; csrfToken?: string }) {
  const t = useTranslations("auth");
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="city-sign-in" className="card">
      <h2 id="city-sign-in">{t("signIn.citySection")}</h2>
      <p>{t("signIn.cityLead")}</p>
      <form
        method="post"
        action="/api/auth/signin/city"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          void signIn("city", { callbackUrl });
        }}
      >
        {csrfToken && <input type="hidden" name="csrfToken" value={csrfToken} />}
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <button type="submit" className="button" aria-busy={busy} disabled={busy}>
          {busy ? t("signIn.cityRedirecting") : t("signIn.cityButton")}
        </button>
      </form>
    </section>
  );
}
