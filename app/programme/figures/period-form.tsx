import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * The period filter of the figures pages (a plain GET form: works without JavaScript)
 * with the presets and the export links for the chosen period.
 */
export async function PeriodForm({
  path,
  from,
  to,
  exports,
}: {
  path: string;
  from?: string;
  to?: string;
  exports: { href: string; label: string }[];
}) {
  const t = await getTranslations("figures");
  const query = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString();
  return (
    <form method="get" action={path} className="no-print" aria-label={t("period")} style={{ display: "flex", gap: "1rem", alignItems: "end", flexWrap: "wrap" }}>
      <div className="field">
        <label htmlFor="from">{t("from")}</label>
        <input id="from" name="from" type="date" min="2000-01-01" max="2099-12-31" defaultValue={from} />
      </div>
      <div className="field">
        <label htmlFor="to">{t("to")}</label>
        <input id="to" name="to" type="date" min="2000-01-01" max="2099-12-31" defaultValue={to} />
      </div>
      <div className="field">
        <button className="button" type="submit">
          {t("apply")}
        </button>
      </div>
      <p style={{ margin: 0 }}>
        {t("presets")}: <Link href={`${path}?from=2013-01-01&to=2014-12-31`}>{t("programme2013")}</Link> · <Link href={path}>{t("allTime")}</Link>
      </p>
      <p style={{ margin: 0 }}>
        {t("exports")}:{" "}
        {exports.map((e, i) => (
          <span key={e.href}>
            {i > 0 && " · "}
            <a href={`${e.href}${query ? `?${query}` : ""}`} download>
              {e.label}
            </a>
          </span>
        ))}
      </p>
    </form>
  );
}
