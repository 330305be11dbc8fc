"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * The required "I accept the terms" box of the sign-up form, with the privacy notice.
 * Newsletter and alert consents are asked elsewhere, separately, and never pre-ticked.
 */
export function TermsConsent({ field, error }: { field: UseFormRegisterReturn; error?: string }) {
  const t = useTranslations("privacy.signUp");
  return (
    <div className="field">
      <div className="field-inline">
        <input
          type="checkbox"
          id="acceptTerms"
          aria-describedby={`acceptTerms-hint${error ? " acceptTerms-error" : ""}`}
          aria-invalid={error ? true : undefined}
          {...field}
        />
        <label htmlFor="acceptTerms">
          {t("accept")} <Link href="/terms">{t("terms")}</Link>
        </label>
      </div>
      <span id="acceptTerms-hint" className="hint">
        {t("privacyBefore")} <Link href="/privacy">{t("privacy")}</Link>
        {t("privacyAfter")}
      </span>
      {error && (
        <span id="acceptTerms-error" className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
