import { getTranslations } from "next-intl/server";
import { getDateFormatter } from "../lib/dates-server";
import { PeriodForm } from "../programme/figures/period-form";
import { ErrorAlert } from "./forms/error-alert";

/**
 * The head of a figures page (public or the back office's detail): the period form with
 * the page's exports (`{path}/export.csv` and `.xlsx`), why a period was refused, and the
 * note on the charts.
 */
export async function FiguresPeriod({
  path,
  from,
  to,
  exportLabels: [csv, xlsx],
  error,
}: {
  path: string;
  from?: string;
  to?: string;
  exportLabels: readonly [csv: string, xlsx: string];
  error?: string;
}) {
  const [t, fmtDate] = await Promise.all([getTranslations("figures"), getDateFormatter()]);
  return (
    <>
      {/* The form is not printed, and a printout without its period could not be read. */}
      <p className="print-only">
        {t("period")}: {from || to ? `${from ? fmtDate(from, "date") : "…"} – ${to ? fmtDate(to, "date") : "…"}` : t("allTime")}
      </p>
      <PeriodForm
        path={path}
        from={from}
        to={to}
        exports={[
          { href: `${path}/export.csv`, label: csv },
          { href: `${path}/export.xlsx`, label: xlsx },
        ]}
      />
      <ErrorAlert>{error}</ErrorAlert>
      {/* How to read a chart with the keyboard: nothing to do on paper. */}
      <p className="muted no-print">{t("chartNote")}</p>
    </>
  );
}
