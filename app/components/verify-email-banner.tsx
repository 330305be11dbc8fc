import { getTranslations } from "next-intl/server";
import { currentUser } from "../lib/session";
import { ResendVerificationButton } from "./resend-verification";

/**
 * Shown on every page to a signed-in person whose address is not confirmed yet: the
 * actions on the page would be refused (FORBIDDEN, EMAIL_NOT_VERIFIED), so say why and
 * offer the link again, instead of letting them meet a bare error.
 */
export async function VerifyEmailBanner() {
  const user = await currentUser();
  if (!user || user.emailVerified) return null;
  const t = await getTranslations("auth.lifecycle.banner");
  return (
    <section className="alert alert-info" aria-label={t("resend")} data-testid="verify-email-banner">
      <p>{t("text", { email: user.email })}</p>
      <ResendVerificationButton />
    </section>
  );
}
