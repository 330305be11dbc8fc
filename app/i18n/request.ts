import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { loadMessages, type Locale } from "./messages";

export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Polish unless the visitor switched to English (a cookie, so URLs stay the same). */
export default getRequestConfig(async () => {
  const store = await cookies();
  const locale: Locale = store.get(LOCALE_COOKIE)?.value === "en" ? "en" : "pl";
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Warsaw" };
});
