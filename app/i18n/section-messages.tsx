import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessagesOf, type ClientSection } from "./client-messages";
import { ClientMessagesProvider } from "./client-messages-provider";
import { loadMessages, type Locale } from "./messages";

/**
 * Gives the client components below it the messages of `section` (app/i18n/client-messages.ts),
 * in the page's language or in `locale` (the newsletter's link pages speak the subscriber's).
 */
export async function SectionMessages({ section, locale, children }: { section: ClientSection; locale?: Locale; children: ReactNode }) {
  const messages = locale ? await loadMessages(locale) : await getMessages();
  return (
    <ClientMessagesProvider locale={locale ?? (await getLocale())} timeZone={await getTimeZone()} messages={clientMessagesOf(messages, section)}>
      {children}
    </ClientMessagesProvider>
  );
}
