import { LegalPage } from "../privacy/legal-page";
import { pageTitle } from "../lib/page-title";

export const generateMetadata = pageTitle("privacy.legal", "termsTitle");

/** The terms of use; publishing a new version asks signed-in users to accept it (TermsBanner). */
export default function TermsPage() {
  return <LegalPage pageKey="terms" />;
}
