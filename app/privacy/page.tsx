import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalPage } from "./legal-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy.legal"))("privacyTitle") };
}

/** The RODO information clause (art. 13 and 14 GDPR), edited by admins as a programme page. */
export default function PrivacyPage() {
  return <LegalPage pageKey="privacy" />;
}
