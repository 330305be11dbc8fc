"use client";
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { dateFormatter, type DateFormatter } from "./dates";

/** In client components: the app's date formatter for the current language. */
export function useDateFormatter(): DateFormatter {
  const locale = useLocale();
  return useMemo(() => dateFormatter(locale), [locale]);
}
