import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Footer } from "./components/footer";
import { Header } from "./components/header";
import { TermsBanner } from "./components/terms/terms-banner";
import { VerifyEmailBanner } from "./components/verify-email-banner";
import { SectionMessages } from "./i18n/section-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: "PES-TOR", template: "%s · PES-TOR" },
    description: t("tagline"),
    alternates: { types: { "application/rss+xml": "/news/rss.xml" } },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body>
        {/* Placeholders for things only JavaScript draws (the map) disappear without it. */}
        <noscript>
          <style>{".js-only{display:none!important}"}</style>
        </noscript>
        <a className="skip-link" href="#content">
          {t("skipToContent")}
        </a>
        {/* Each section's layout gives its own pages' client components their messages. */}
        <SectionMessages section="">
          <Header />
          <TermsBanner />
          <main id="content" tabIndex={-1}>
            <div className="container">
              <VerifyEmailBanner />
              {children}
            </div>
          </main>
          <Footer />
        </SectionMessages>
      </body>
    </html>
  );
}
