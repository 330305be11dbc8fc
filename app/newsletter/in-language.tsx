import type { ReactNode } from "react";
import { createTranslator } from "next-intl";
import { loadMessages, type Locale } from "../i18n/messages";
import { SectionMessages } from "../i18n/section-messages";

/** The `lang` of a newsletter link (`?lang=en` in English subscribers' mails), else null. */
export function linkLocale(lang: string | undefined): Locale | null {
  return lang === "en" || lang === "pl" ? lang : null;
}

/**
 * Renders the newsletter's link pages in the subscriber's language (from their e-mail's
 * link), whatever language the site is set to in this browser.
 */
export async function InLanguage({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <SectionMessages section="newsletter" locale={locale}>
      <div lang={locale} className="stack">
        {children}
      </div>
    </SectionMessages>
  );
}

/**
 * The "news.newsletter" texts in `locale`. (getTranslations({ locale }) would still load
 * the cookie's messages: app/i18n/request.ts picks the language from the cookie only.)
 */
export async function newsletterTexts(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: "news.newsletter" });
}
