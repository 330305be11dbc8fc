"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** "Zaloguj się kontem Urzędu": shown only when the city's OpenID provider is configured. */
export function CitySignIn({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="city-sign-in" className="card">
      <h2 id="city-sign-in">{t("signIn.citySection")}</h2>
      <p>{t("signIn.cityLead")}</p>
      <button
        type="button"
        className="button"
        aria-busy={busy}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void signIn("city", { callbackUrl });
        }}
      >
        {busy ? t("signIn.cityRedirecting") : t("signIn.cityButton")}
      </button>
    </section>
  );
}
