import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Chart, type ChartProps } from "../../components/charts/chart";
import { gql } from "../../lib/graphql-server";
import { FiguresQuery, periodFrom } from "../../programme/figures/figures-query";
import { AdminTable } from "../table-region";
import { FiguresDetailQuery } from "./detail-query";
import { isoDateTime } from "../../lib/dates";
import { getDateFormatter } from "../../lib/dates-server";
import { refusedPage } from "../access";
import { FiguresPeriod } from "../../components/figures-period";
import { figureFormatter, loadForPeriod, periodHref, type FigureFormatter } from "../../lib/figures-period";
import { pageTitle } from "../../lib/page-title";

export const generateMetadata = pageTitle("figures", "detail.title");

type NumericKey<R> = { [K in keyof R]: R[K] extends number | null | undefined ? K : never }[keyof R];

/** A table column: its header, and a numeric field (with its decimal digits) or a cell of its own. */
type Column<R> = readonly [header: string, cell: NumericKey<R> | ((r: R) => ReactNode), digits?: number];

/**
 * One section of the detail, described as data: the rows, their heading cell (which also
 * labels the chart's bars or points), the numeric columns, and which of those to chart.
 */
interface SectionSpec<R> {
  id: string;
  title: string;
  rows: R[];
  label: readonly [header: string, cell: (r: R) => ReactNode];
  /** React's key of a row; the label's text when not given. */
  key?: (r: R) => string;
  columns: Column<R>[];
  chart?: { type: ChartProps["type"]; description: string; plot: NumericKey<R>[] };
  /** What an empty section says, when the page's general text does not fit. */
  empty?: string;
}

/** Keeps each section's row type while the page lists sections of different rows. */
const spec = <R,>(s: SectionSpec<R>) => s as unknown as SectionSpec<Record<string, number>>;

/** A section of the detail: heading, an optional chart, and its table (or an empty state). */
function Section({ spec: s, empty, figure }: { spec: SectionSpec<Record<string, number>>; empty: string; figure: FigureFormatter }) {
  const { id, title, rows, chart } = s;
  const cell = (r: Record<string, number>, [, c, digits]: Column<Record<string, number>>) =>
    typeof c === "function" ? c(r) : figure(r[c], digits);
  const data = chart
    ? rows.map((r) => ({ label: String(s.label[1](r)), ...Object.fromEntries(chart.plot.map((k) => [k, r[k]])) }))
    : [];
  const series = chart?.plot.map((k) => ({ key: k, name: s.columns.find(([, c]) => c === k)?.[0] ?? k })) ?? [];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="empty-state">{s.empty ?? empty}</p>
      ) : (
        <>
          {/* A line through one point says nothing the table does not. */}
          {chart && (chart.type === "bar" || data.length > 1) && (
            <Chart type={chart.type} description={chart.description} series={series} data={data} title={title} />
          )}
          <AdminTable
            label={title}
            caption={title}
            columns={[s.label[0], ...s.columns.map(([h]) => h)]}
            rows={rows}
            row={(r) => (
              <tr key={s.key ? s.key(r) : String(s.label[1](r))}>
                <th scope="row">{s.label[1](r)}</th>
                {s.columns.map((c, i) => (
                  <td key={i}>{cell(r, c)}</td>
                ))}
              </tr>
            )}
          />
        </>
      )}
    </section>
  );
}

/** /admin/figures — the monitoring team's breakdowns (OFFICIAL and ADMIN; the layout checks the role, the API again). */
export default async function AdminFiguresPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const refused = await refusedPage("figures");
  if (refused) return refused;
  const [t, fmtDate, figure] = await Promise.all([getTranslations("figures"), getDateFormatter(), getLocale().then(figureFormatter)]);
  const { from, to, period } = periodFrom(await searchParams);
  const { data, refused: badPeriod } = await loadForPeriod(period, (p) => Promise.all([gql(FiguresQuery, { period: p }), gql(FiguresDetailQuery, { period: p })]));
  const f = data[0].programmeFigures;
  const d = data[1].programmeFiguresDetail;
  const h = (key: string) => t(`detail.${key}` as never);
  const p = (key: string) => t(`premises.${key}` as never);
  const sheet = (key: string) => t(`export.sheets.${key}` as never);
  const sv = (key: string) => t(`socialValue.${key}` as never);
  const when = (v: string | Date) => (
    <time dateTime={isoDateTime(v)}>{fmtDate(v, "dateShortTime")}</time>
  );
  const desc = (what: string) => t("charts.desc", { what });
  const lineDesc = (what: string) => t("charts.lineDesc", { what });
  const empty = t("detail.empty");
  const kind = (k: { kind: string }) => t(`kinds.${k.kind}` as never);

  // A table of the page's sections, one a few lines: what a row is, its columns, what is charted.
  // prettier-ignore
  const sections = [
    spec({ id: "detail-premises-district", title: sheet("premises"), rows: f.premises.byDistrict, label: [p("district"), (r) => r.district],
      columns: [[p("offered"), "offered"], [p("available"), "available"], [p("reserved"), "reserved"], [p("rented"), "rented"], [p("area"), "totalAreaM2", 2], [p("meanRent"), "meanRentPerM2", 2]],
      chart: { type: "bar", description: desc(sheet("premises")), plot: ["offered", "rented"] } }),
    spec({ id: "detail-premises-month", title: sheet("premisesByMonth"), rows: d.premisesByMonth, label: [h("month"), (m) => m.month],
      columns: [[h("offered"), "offered"], [h("rentedNow"), "rented"], [h("area"), "totalAreaM2", 2]],
      chart: { type: "line", description: lineDesc(sheet("premisesByMonth")), plot: ["offered"] } }),
    spec({ id: "detail-trainings-month", title: sheet("trainingsByMonth"), rows: d.trainingsByMonth, label: [h("month"), (m) => m.month],
      columns: [[h("held"), "held"], [h("seats"), "seats"], [h("registered"), "registered"], [h("attended"), "attended"]],
      chart: { type: "line", description: lineDesc(sheet("trainingsByMonth")), plot: ["registered", "attended"] } }),
    spec({ id: "detail-trainings", title: sheet("trainingList"), rows: d.trainings, key: (r) => r.id,
      label: [h("training"), (r) => <Link href={`/admin/trainings/${r.id}`}>{r.title}</Link>],
      columns: [[h("kind"), (r) => t(`detail.kinds.${r.kind}` as never)], [h("startsAt"), (r) => when(r.startsAt)], [h("endsAt"), (r) => when(r.endsAt)],
        ...(["seats", "registered", "waitlisted", "attended", "officials", "pes", "residents"] as const).map((k) => [h(k), k] as const)] }),
    spec({ id: "detail-demands", title: sheet("demandsByCategory"), rows: d.demandsByCategory, label: [h("category"), (c) => c.category ?? t("detail.noCategory")],
      columns: [[h("demands"), "demands"], [h("social"), "withSocialClause"], [h("offers"), "offers"], [h("awarded"), "awarded"]],
      chart: { type: "bar", description: desc(sheet("demandsByCategory")), plot: ["demands", "offers"] } }),
    spec({ id: "detail-organizations", title: sheet("organizationsByDistrict"), rows: d.organizationsByDistrict, label: [h("district"), (o) => o.district ?? t("detail.noDistrict")],
      columns: [[h("organizations"), "count"], [h("verified"), "verified"]],
      chart: { type: "bar", description: desc(sheet("organizationsByDistrict")), plot: ["count", "verified"] } }),
    spec({ id: "detail-subscribers", title: sheet("subscribersByMonth"), rows: d.subscribersByMonth, label: [h("month"), (m) => m.month],
      columns: [[h("confirmed"), "confirmed"], [h("unsubscribed"), "unsubscribed"], [h("subscribers"), "total"]],
      chart: { type: "line", description: lineDesc(t("newsletter.chart")), plot: ["total"] } }),
    spec({ id: "detail-notices", title: sheet("noticesByStatus"), rows: d.noticesByKind, label: [h("kind"), kind],
      columns: [[h("total"), "total"], [h("available"), "available"], [h("reserved"), "reserved"], [h("handedOver"), "handedOver"], [h("closed"), "closed"]],
      chart: { type: "bar", description: desc(sheet("noticesByStatus")), plot: ["total", "handedOver"] } }),
    spec({ id: "detail-social", title: t("socialValue.title"), rows: f.socialValue, label: [sv("year"), (y) => String(y.year)], empty: sv("none"),
      columns: [[sv("spend"), "spendWithPes", 2], [sv("awarded"), "demandsAwarded"], [sv("posted"), "demandsPosted"], [sv("clauseNone"), "clauseNone"],
        [sv("clauseReserved"), "clauseReservedContract"], [sv("clauseEmployment"), "clauseEmployment"], [sv("clauseOther"), "clauseOtherSocial"],
        [sv("withoutOffer"), "demandsWithoutOffer"], [sv("itemsReused"), "itemsReused"], [sv("itemsReusedValue"), "itemsReusedValue", 2], [sv("loans"), "loansHandedOver"]],
      chart: { type: "bar", description: desc(sv("spend")), plot: ["spendWithPes"] } }),
    spec({ id: "detail-follow-up", title: sv("followUp"), rows: d.demandsWithoutOffer, key: (r) => r.id, empty: sv("followUpNone"),
      label: [sv("demand"), (r) => <Link href={`/marketplace/demands/${r.id}`}>{r.title}</Link>],
      columns: [[h("category"), (r) => r.category ?? t("detail.noCategory")], [sv("deadline"), (r) => when(r.deadline)],
        [sv("clause"), (r) => t(`socialValue.clauses.${r.clauseType}` as never)]] }),
  ];

  return (
    <>
      <h1>{t("detail.title")}</h1>
      <p className="muted">{t("detail.lead")}</p>
      <p>
        <Link href={periodHref("/programme/figures", from, to)}>{t("detail.publicPage")}</Link>
      </p>
      <FiguresPeriod path="/admin/figures" from={from} to={to} exportLabels={[t("detail.exportCsv"), t("detail.exportXlsx")]} error={badPeriod ? t("badPeriod") : undefined} />

      {sections.map((s) => (
        <Section key={s.id} spec={s} empty={empty} figure={figure} />
      ))}
    </>
  );
}
