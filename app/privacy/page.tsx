import { LegalPage } from "./legal-page";
import { pageTitle } from "../lib/page-title";

export const generateMetadata = pageTitle("privacy.legal", "privacyTitle");

/** The RODO information clause (art. 13 and 14 GDPR), edited by admins as a programme page. */
export default function PrivacyPage() {
  return <LegalPage pageKey="privacy" />;
}
