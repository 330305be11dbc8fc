import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalPage } from "../privacy/legal-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy.legal"))("termsTitle") };
}

/** The terms of use; publishing a new version asks signed-in users to accept it (TermsBanner). */
export default function TermsPage() {
  return <LegalPage pageKey="terms" />;
}
