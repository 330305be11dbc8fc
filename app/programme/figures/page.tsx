import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { gql } from "../../lib/graphql-server";
import { Chart } from "../../components/charts/chart";
import { DataTable, TableRegion } from "../../components/data-table";
import { FiguresQuery, periodFrom } from "./figures-query";
import { FiguresPeriod } from "../../components/figures-period";
import { figureFormatter, loadForPeriod, periodHref, type FigureFormatter } from "../../lib/figures-period";
import { pageTitle } from "../../lib/page-title";

export const generateMetadata = pageTitle("figures", "title");

/**
 * Two counts per row (organisations: all and verified; notices: all and handed over): their
 * bar chart, and the table of the same numbers under a caption of the same title.
 */
function TwoCounts(props: {
  figure: FigureFormatter;
  labelledBy: string;
  title: string;
  description: string;
  /** The rows' heading, then each count's, which names its series too. */
  columns: [string, string, string];
  /** The chart's data keys of the two counts. */
  keys: [string, string];
  rows: { key: string; label: string; counts: [number, number] }[];
  /** Said instead of a table of column headings only, for a period without rows. */
  empty: string;
}) {
  const [first, second] = props.keys;
  return (
    <>
      {/* A period without rows drew the frame of a chart with nothing in it. */}
      {props.rows.length > 0 && (
        <Chart
          type="bar"
          title={props.title}
          description={props.description}
          series={[
            { key: first, name: props.columns[1] },
            { key: second, name: props.columns[2] },
          ]}
          data={props.rows.map((r) => ({ label: r.label, [first]: r.counts[0], [second]: r.counts[1] }))}
        />
      )}
      <DataTable
        labelledBy={props.labelledBy}
        caption={props.title}
        columns={props.columns}
        rows={props.rows}
        empty={props.empty}
        row={(r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{props.figure(r.counts[0])}</td>
            <td>{props.figure(r.counts[1])}</td>
          </tr>
        )}
      />
    </>
  );
}

export default async function FiguresPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const [t, figure] = await Promise.all([getTranslations("figures"), getLocale().then(figureFormatter)]);
  const { from, to, period } = periodFrom(await searchParams);
  const { data, refused } = await loadForPeriod(period, (p) => gql(FiguresQuery, { period: p }));
  const f = data.programmeFigures;
  const empty = t("detail.empty");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      {/* Subscriber numbers come only to staff, who also have the detail. */}
      {f.newsletter && (
        <p>
          <Link href={periodHref("/admin/figures", from, to)}>{t("detail.title")}</Link>
        </p>
      )}
      <FiguresPeriod path="/programme/figures" from={from} to={to} exportLabels={[t("exportCsv"), t("exportXlsx")]} error={refused ? t("badPeriod") : undefined} />

      <section aria-labelledby="fig-premises">
        <h2 id="fig-premises">{t("premises.title")}</h2>
        <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
          <li className="card">{t("premises.offered")}: <strong>{figure(f.premises.offered)}</strong></li>
          <li className="card">{t("premises.available")}: <strong>{figure(f.premises.available)}</strong></li>
          <li className="card">{t("premises.reserved")}: <strong>{figure(f.premises.reserved)}</strong></li>
          <li className="card">{t("premises.rented")}: <strong>{figure(f.premises.rented)}</strong></li>
          <li className="card">{t("premises.area")}: <strong>{figure(f.premises.totalAreaM2, 2)}</strong></li>
          <li className="card">{t("premises.meanRent")}: <strong>{figure(f.premises.meanRentPerM2, 2)}</strong></li>
        </ul>
        <h3>{t("premises.byDistrict")}</h3>
        {f.premises.byDistrict.length > 0 && (
          <Chart
            type="bar"
            title={t("premises.byDistrict")}
            description={t("charts.desc", { what: t("premises.byDistrict") })}
            series={[
              { key: "offered", name: t("premises.offered") },
              { key: "rented", name: t("premises.rented") },
            ]}
            data={f.premises.byDistrict.map((d) => ({ label: d.district, offered: d.offered, rented: d.rented }))}
          />
        )}
        <DataTable
          labelledBy="fig-premises"
          caption={t("premises.byDistrict")}
          columns={[
            t("premises.district"),
            t("premises.offered"),
            t("premises.available"),
            t("premises.reserved"),
            t("premises.rented"),
            t("premises.area"),
            t("premises.meanRent"),
          ]}
          rows={f.premises.byDistrict}
          empty={empty}
          row={(d) => (
            <tr key={d.district}>
              <th scope="row">{d.district}</th>
              <td>{figure(d.offered)}</td>
              <td>{figure(d.available)}</td>
              <td>{figure(d.reserved)}</td>
              <td>{figure(d.rented)}</td>
              <td>{figure(d.totalAreaM2, 2)}</td>
              <td>{figure(d.meanRentPerM2, 2)}</td>
            </tr>
          )}
        />
      </section>

      <section aria-labelledby="fig-trainings">
        <h2 id="fig-trainings">{t("trainings.title")}</h2>
        <Chart
          type="bar"
          title={t("trainings.registered")}
          description={t("charts.desc", { what: `${t("trainings.registered")}: ${t("trainings.officials")}, ${t("trainings.pes")}, ${t("trainings.residents")}` })}
          series={[{ key: "value", name: t("trainings.registered") }]}
          data={[
            { label: t("trainings.officials"), value: f.trainings.officials },
            { label: t("trainings.pes"), value: f.trainings.pes },
            { label: t("trainings.residents"), value: f.trainings.residents },
          ]}
        />
        <TableRegion labelledBy="fig-trainings">
          <table>
            <caption className="visually-hidden">{t("trainings.title")}</caption>
            <tbody>
              {(
                [
                  ["held", f.trainings.trainingsHeld],
                  ["meetings", f.trainings.meetingsHeld],
                  ["seats", f.trainings.seatsOffered],
                  ["registered", f.trainings.registered],
                  ["attended", f.trainings.attended],
                  ["officials", f.trainings.officials],
                  ["pes", f.trainings.pes],
                  ["residents", f.trainings.residents],
                ] as const
              ).map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{t(`trainings.${k}`)}</th>
                  <td>{figure(v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>

      <section aria-labelledby="fig-orgs">
        <h2 id="fig-orgs">{t("organizations.title")}</h2>
        <p>
          {t("organizations.total")}: <strong>{figure(f.organizations.total)}</strong> · {t("organizations.verified")}:{" "}
          <strong>{figure(f.organizations.verified)}</strong>
        </p>
        <TwoCounts
          figure={figure}
          labelledBy="fig-orgs"
          title={t("organizations.title")}
          description={t("charts.desc", { what: `${t("organizations.title")}: ${t("organizations.legalForm")}` })}
          columns={[t("organizations.legalForm"), t("organizations.count"), t("organizations.verified")]}
          keys={["count", "verified"]}
          empty={empty}
          rows={f.organizations.byLegalForm.map((l) => ({ key: l.legalForm, label: t(`forms.${l.legalForm}`), counts: [l.count, l.verified] }))}
        />
      </section>

      <section aria-labelledby="fig-market">
        <h2 id="fig-market">{t("marketplace.title")}</h2>
        <TwoCounts
          figure={figure}
          labelledBy="fig-market"
          title={t("marketplace.title")}
          description={t("charts.desc", { what: `${t("marketplace.count")}, ${t("marketplace.handedOver")}` })}
          columns={[t("marketplace.kind"), t("marketplace.count"), t("marketplace.handedOver")]}
          keys={["count", "handedOver"]}
          empty={empty}
          rows={f.marketplace.noticesByKind.map((k) => ({ key: k.kind, label: t(`kinds.${k.kind}`), counts: [k.count, k.handedOver] }))}
        />
        <ul>
          <li>{t("marketplace.products")}: {figure(f.marketplace.products)}</li>
          <li>{t("marketplace.demands")}: {figure(f.marketplace.demandsPosted)}</li>
          <li>{t("marketplace.social")}: {figure(f.marketplace.demandsWithSocialClause)}</li>
          <li>{t("marketplace.offers")}: {figure(f.marketplace.offersReceived)}</li>
          <li>{t("marketplace.awarded")}: {figure(f.marketplace.demandsAwarded)}</li>
        </ul>
      </section>

      <section aria-labelledby="fig-social">
        <h2 id="fig-social">{t("socialValue.title")}</h2>
        <p className="muted">{t("socialValue.lead")}</p>
        {f.socialValue.length === 0 ? (
          <p>{t("socialValue.none")}</p>
        ) : (
          <>
            <Chart
              type="bar"
              title={t("socialValue.spendChart")}
              description={t("charts.desc", { what: t("socialValue.spend") })}
              series={[{ key: "spend", name: t("socialValue.spend") }]}
              data={f.socialValue.map((y) => ({ label: String(y.year), spend: y.spendWithPes }))}
            />
            <Chart
              type="bar"
              title={t("socialValue.clauseChart")}
              description={t("charts.desc", { what: t("socialValue.clauseChart") })}
              series={[
                { key: "none", name: t("socialValue.clauseNone") },
                { key: "reserved", name: t("socialValue.clauseReserved") },
                { key: "employment", name: t("socialValue.clauseEmployment") },
                { key: "other", name: t("socialValue.clauseOther") },
              ]}
              data={f.socialValue.map((y) => ({
                label: String(y.year),
                none: y.clauseNone,
                reserved: y.clauseReservedContract,
                employment: y.clauseEmployment,
                other: y.clauseOtherSocial,
              }))}
            />
            <Chart
              type="bar"
              title={t("socialValue.reuseChart")}
              description={t("charts.desc", { what: t("socialValue.reuseChart") })}
              series={[
                { key: "items", name: t("socialValue.itemsReused") },
                { key: "loans", name: t("socialValue.loans") },
              ]}
              data={f.socialValue.map((y) => ({ label: String(y.year), items: y.itemsReused, loans: y.loansHandedOver }))}
            />
            <DataTable
              labelledBy="fig-social"
              caption={t("socialValue.title")}
              columns={[
                t("socialValue.year"),
                t("socialValue.spend"),
                t("socialValue.awarded"),
                t("socialValue.posted"),
                t("socialValue.clauseNone"),
                t("socialValue.clauseReserved"),
                t("socialValue.clauseEmployment"),
                t("socialValue.clauseOther"),
                t("socialValue.withoutOffer"),
                t("socialValue.itemsReused"),
                t("socialValue.itemsReusedValue"),
                t("socialValue.loans"),
              ]}
              rows={f.socialValue}
              row={(y) => {
                const share = (n: number) => t("socialValue.share", { count: figure(n), share: figure(y.demandsPosted ? (100 * n) / y.demandsPosted : 0) });
                return (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>{figure(y.spendWithPes, 2)}</td>
                    <td>{figure(y.demandsAwarded)}</td>
                    <td>{figure(y.demandsPosted)}</td>
                    <td>{share(y.clauseNone)}</td>
                    <td>{share(y.clauseReservedContract)}</td>
                    <td>{share(y.clauseEmployment)}</td>
                    <td>{share(y.clauseOtherSocial)}</td>
                    <td>{figure(y.demandsWithoutOffer)}</td>
                    <td>{figure(y.itemsReused)}</td>
                    <td>{figure(y.itemsReusedValue, 2)}</td>
                    <td>{figure(y.loansHandedOver)}</td>
                  </tr>
                );
              }}
            />
          </>
        )}
      </section>

      {f.newsletter && (
        <section aria-labelledby="fig-newsletter">
          <h2 id="fig-newsletter">{t("newsletter.title")}</h2>
          <p>
            {t("newsletter.confirmed")}: <strong>{figure(f.newsletter.confirmedSubscribers)}</strong>
          </p>
          {f.newsletter.confirmedByMonth.length > 1 && (
            <Chart
              type="line"
              title={t("newsletter.chart")}
              description={t("charts.lineDesc", { what: t("newsletter.chart") })}
              series={[{ key: "total", name: t("newsletter.total") }]}
              data={f.newsletter.confirmedByMonth.map((m) => ({ label: m.month, total: m.total }))}
            />
          )}
          <DataTable
            labelledBy="fig-newsletter"
            caption={t("newsletter.title")}
            columns={[t("newsletter.month"), t("newsletter.new"), t("newsletter.total")]}
            rows={f.newsletter.confirmedByMonth}
            empty={empty}
            row={(m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <td>{figure(m.count)}</td>
                <td>{figure(m.total)}</td>
              </tr>
            )}
          />
        </section>
      )}
    </>
  );
}
