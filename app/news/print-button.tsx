"use client";
import { useTranslations } from "next-intl";

/** "Drukuj": opens the browser's print dialog; the print stylesheet leaves out navigation. */
export function PrintButton() {
  const t = useTranslations("news");
  return (
    <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
      {t("article.print")}
    </button>
  );
}
