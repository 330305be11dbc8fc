import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Chart, type ChartProps } from "../../components/charts/chart";
import { gql, GraphQLRequestError } from "../../lib/graphql-server";
import { FiguresQuery, periodFrom } from "../../programme/figures/figures-query";
import { PeriodForm } from "../../programme/figures/period-form";
import { TableRegion } from "../table-region";
import { FiguresDetailQuery } from "./detail-query";
import { isoDateTime } from "../../lib/dates";
import { getDateFormatter } from "../../lib/dates-server";
import { refusedPage } from "../access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("figures"))("detail.title") };
}

const pl = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? "–" : n.toLocaleString("pl-PL", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A section of the detail: heading, an optional chart, and its table (or an empty state). */
function Section({
  id,
  title,
  chart,
  headers,
  rows,
  empty,
}: {
  id: string;
  title: string;
  chart?: Omit<ChartProps, "title">;
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
  empty: string;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <>
          {/* A line through one point says nothing the table does not. */}
          {chart && (chart.type === "bar" || chart.data.length > 1) && <Chart {...chart} title={title} />}
          <TableRegion label={title}>
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {headers.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.cells[0]}</th>
                    {r.cells.slice(1).map((c, i) => (
                      <td key={i}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </section>
  );
}

/** /admin/figures — the monitoring team's breakdowns (OFFICIAL and ADMIN; the layout checks the role, the API again). */
export default async function AdminFiguresPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const refused = await refusedPage("figures");
  if (refused) return refused;
  const [t, fmtDate] = await Promise.all([getTranslations("figures"), getDateFormatter()]);
  const { from, to, period } = periodFrom(await searchParams);
  const load = (p: typeof period) => Promise.all([gql(FiguresQuery, { period: p }), gql(FiguresDetailQuery, { period: p })]);
  let data;
  let error: string | undefined;
  try {
    data = await load(period);
  } catch (err) {
    if (!(err instanceof GraphQLRequestError && err.code === "BAD_USER_INPUT")) throw err;
    error = t("badPeriod");
    data = await load(null);
  }
  const f = data[0].programmeFigures;
  const d = data[1].programmeFiguresDetail;
  const h = (...keys: string[]) => keys.map((k) => t(`detail.${k}` as never));
  const when = (v: string | Date) => (
    <time dateTime={isoDateTime(v)}>{fmtDate(v, "dateShortTime")}</time>
  );
  const desc = (what: string) => t("charts.desc", { what });
  const lineDesc = (what: string) => t("charts.lineDesc", { what });
  const empty = t("detail.empty");

  return (
    <>
      <h1>{t("detail.title")}</h1>
      <p className="muted">{t("detail.lead")}</p>
      <p>
        <Link href={`/programme/figures${from || to ? `?${new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) })}` : ""}`}>
          {t("detail.publicPage")}
        </Link>
      </p>
      <PeriodForm
        path="/admin/figures"
        from={from}
        to={to}
        exports={[
          { href: "/admin/figures/export.csv", label: t("detail.exportCsv") },
          { href: "/admin/figures/export.xlsx", label: t("detail.exportXlsx") },
        ]}
      />
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      <p className="muted">{t("chartNote")}</p>

      <Section
        id="detail-premises-district"
        title={t("export.sheets.premises")}
        chart={{
          type: "bar",
          description: desc(t("export.sheets.premises")),
          series: [
            { key: "offered", name: t("premises.offered") },
            { key: "rented", name: t("premises.rented") },
          ],
          data: f.premises.byDistrict.map((r) => ({ label: r.district, offered: r.offered, rented: r.rented })),
        }}
        headers={[t("premises.district"), t("premises.offered"), t("premises.available"), t("premises.reserved"), t("premises.rented"), t("premises.area"), t("premises.meanRent")]}
        rows={f.premises.byDistrict.map((r) => ({
          key: r.district,
          cells: [r.district, pl(r.offered), pl(r.available), pl(r.reserved), pl(r.rented), pl(r.totalAreaM2, 2), pl(r.meanRentPerM2, 2)],
        }))}
        empty={empty}
      />

      <Section
        id="detail-premises-month"
        title={t("export.sheets.premisesByMonth")}
        chart={{
          type: "line",
          description: lineDesc(t("export.sheets.premisesByMonth")),
          series: [{ key: "offered", name: t("detail.offered") }],
          data: d.premisesByMonth.map((m) => ({ label: m.month, offered: m.offered })),
        }}
        headers={h("month", "offered", "rentedNow", "area")}
        rows={d.premisesByMonth.map((m) => ({ key: m.month, cells: [m.month, pl(m.offered), pl(m.rented), pl(m.totalAreaM2, 2)] }))}
        empty={empty}
      />

      <Section
        id="detail-trainings-month"
        title={t("export.sheets.trainingsByMonth")}
        chart={{
          type: "line",
          description: lineDesc(t("export.sheets.trainingsByMonth")),
          series: [
            { key: "registered", name: t("detail.registered") },
            { key: "attended", name: t("detail.attended") },
          ],
          data: d.trainingsByMonth.map((m) => ({ label: m.month, registered: m.registered, attended: m.attended })),
        }}
        headers={h("month", "held", "seats", "registered", "attended")}
        rows={d.trainingsByMonth.map((m) => ({ key: m.month, cells: [m.month, pl(m.held), pl(m.seats), pl(m.registered), pl(m.attended)] }))}
        empty={empty}
      />

      <Section
        id="detail-trainings"
        title={t("export.sheets.trainingList")}
        headers={h("training", "kind", "startsAt", "endsAt", "seats", "registered", "waitlisted", "attended", "officials", "pes", "residents")}
        rows={d.trainings.map((r) => ({
          key: r.id,
          cells: [
            <Link key="title" href={`/admin/trainings/${r.id}`}>
              {r.title}
            </Link>,
            t(`detail.kinds.${r.kind}` as never),
            when(r.startsAt),
            when(r.endsAt),
            pl(r.seats),
            pl(r.registered),
            pl(r.waitlisted),
            pl(r.attended),
            pl(r.officials),
            pl(r.pes),
            pl(r.residents),
          ],
        }))}
        empty={empty}
      />

      <Section
        id="detail-demands"
        title={t("export.sheets.demandsByCategory")}
        chart={{
          type: "bar",
          description: desc(t("export.sheets.demandsByCategory")),
          series: [
            { key: "demands", name: t("detail.demands") },
            { key: "offers", name: t("detail.offers") },
          ],
          data: d.demandsByCategory.map((c) => ({ label: c.category ?? t("detail.noCategory"), demands: c.demands, offers: c.offers })),
        }}
        headers={h("category", "demands", "social", "offers", "awarded")}
        rows={d.demandsByCategory.map((c) => ({
          key: c.category ?? "",
          cells: [c.category ?? t("detail.noCategory"), pl(c.demands), pl(c.withSocialClause), pl(c.offers), pl(c.awarded)],
        }))}
        empty={empty}
      />

      <Section
        id="detail-organizations"
        title={t("export.sheets.organizationsByDistrict")}
        chart={{
          type: "bar",
          description: desc(t("export.sheets.organizationsByDistrict")),
          series: [
            { key: "count", name: t("detail.organizations") },
            { key: "verified", name: t("detail.verified") },
          ],
          data: d.organizationsByDistrict.map((o) => ({ label: o.district ?? t("detail.noDistrict"), count: o.count, verified: o.verified })),
        }}
        headers={h("district", "organizations", "verified")}
        rows={d.organizationsByDistrict.map((o) => ({ key: o.district ?? "", cells: [o.district ?? t("detail.noDistrict"), pl(o.count), pl(o.verified)] }))}
        empty={empty}
      />

      <Section
        id="detail-subscribers"
        title={t("export.sheets.subscribersByMonth")}
        chart={{
          type: "line",
          description: lineDesc(t("newsletter.chart")),
          series: [{ key: "total", name: t("detail.subscribers") }],
          data: d.subscribersByMonth.map((m) => ({ label: m.month, total: m.total })),
        }}
        headers={h("month", "confirmed", "unsubscribed", "subscribers")}
        rows={d.subscribersByMonth.map((m) => ({ key: m.month, cells: [m.month, pl(m.confirmed), pl(m.unsubscribed), pl(m.total)] }))}
        empty={empty}
      />

      <Section
        id="detail-notices"
        title={t("export.sheets.noticesByStatus")}
        chart={{
          type: "bar",
          description: desc(t("export.sheets.noticesByStatus")),
          series: [
            { key: "total", name: t("detail.total") },
            { key: "handedOver", name: t("detail.handedOver") },
          ],
          data: d.noticesByKind.map((k) => ({ label: t(`kinds.${k.kind}` as never), total: k.total, handedOver: k.handedOver })),
        }}
        headers={h("kind", "total", "available", "reserved", "handedOver", "closed")}
        rows={d.noticesByKind.map((k) => ({
          key: k.kind,
          cells: [t(`kinds.${k.kind}` as never), pl(k.total), pl(k.available), pl(k.reserved), pl(k.handedOver), pl(k.closed)],
        }))}
        empty={empty}
      />

      <Section
        id="detail-social"
        title={t("socialValue.title")}
        chart={{
          type: "bar",
          description: desc(t("socialValue.spend")),
          series: [{ key: "spend", name: t("socialValue.spend") }],
          data: f.socialValue.map((y) => ({ label: String(y.year), spend: y.spendWithPes })),
        }}
        headers={(["year", "spend", "awarded", "posted", "clauseNone", "clauseReserved", "clauseEmployment", "clauseOther", "withoutOffer", "itemsReused", "loans"] as const).map((k) =>
          t(`socialValue.${k}`),
        )}
        rows={f.socialValue.map((y) => ({
          key: String(y.year),
          cells: [
            y.year,
            pl(y.spendWithPes, 2),
            pl(y.demandsAwarded),
            pl(y.demandsPosted),
            pl(y.clauseNone),
            pl(y.clauseReservedContract),
            pl(y.clauseEmployment),
            pl(y.clauseOtherSocial),
            pl(y.demandsWithoutOffer),
            pl(y.itemsReused),
            pl(y.loansHandedOver),
          ],
        }))}
        empty={t("socialValue.none")}
      />

      <Section
        id="detail-follow-up"
        title={t("socialValue.followUp")}
        headers={[t("socialValue.demand"), t("detail.category"), t("socialValue.deadline"), t("socialValue.clause")]}
        rows={d.demandsWithoutOffer.map((r) => ({
          key: r.id,
          cells: [
            <Link key="l" href={`/marketplace/demands/${r.id}`}>{r.title}</Link>,
            r.category ?? t("detail.noCategory"),
            when(r.deadline),
            t(`socialValue.clauses.${r.clauseType}` as never),
          ],
        }))}
        empty={t("socialValue.followUpNone")}
      />
    </>
  );
}
