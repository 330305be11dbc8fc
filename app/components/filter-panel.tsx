import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * The filters of a search page. On a phone it is a button ("Filters and sorting") above
 * the results that opens the form over them; from 48rem up it is always open and the
 * button is hidden (`.filter-panel` in globals.css). A <details>, so no JavaScript needed.
 * Open on arrival when the URL's search came back with errors, so that they are seen.
 */
export function FilterPanel({ active, open = false, children }: { active: number; open?: boolean; children: ReactNode }) {
  const t = useTranslations("common");
  return (
    <details className="filter-panel" open={open || undefined}>
      <summary className="filter-panel-toggle">
        <span className="when-closed">
          {t("filters.open")}
          {active > 0 && ` (${t("filters.active", { count: active })})`}
        </span>
        <span className="when-open">{t("filters.close")}</span>
      </summary>
      <div className="filter-panel-body">{children}</div>
    </details>
  );
}

/** The "skip to results" link at the top of a filter form (seen when focused). */
export function SkipToResults({ target = "results" }: { target?: string }) {
  const t = useTranslations("common");
  return (
    <a className="skip-inline" href={`#${target}`}>
      {t("filters.skipToResults")}
    </a>
  );
}
