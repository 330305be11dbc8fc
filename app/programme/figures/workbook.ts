import ExcelJS from "exceljs";
import type { ProgrammeFiguresDetailPageQuery, ProgrammeFiguresPageQuery } from "../../gql/graphql";
import { csvCell, spreadsheetText } from "../../../entities/safe-text";

/**
 * The figures as tables for the monitoring team's reports: one sheet per section with a
 * title naming the period, a header row, and numbers kept as numbers. The CSV and XLSX
 * exports of /programme/figures and /admin/figures are written from these.
 * (Server-side only: route handlers import it, never a page or a client component.)
 */
export type Cell = string | number | Date | null;
export interface Sheet {
  name: string;
  title: string;
  headers: string[];
  rows: Cell[][];
}
export type Translate = (key: string, values?: Record<string, string>) => string;

type Figures = ProgrammeFiguresPageQuery["programmeFigures"];
type Detail = ProgrammeFiguresDetailPageQuery["programmeFiguresDetail"];

export function periodLabel(t: Translate, from?: string, to?: string): string {
  if (!from && !to) return t("export.allTime");
  return t("export.period", { from: from ?? "…", to: to ?? "…" });
}

const sheet = (t: Translate, period: string, key: string, headers: string[], rows: Cell[][]): Sheet => ({
  name: t(`export.sheets.${key}`),
  title: `${t(`export.sheets.${key}`)} — ${period}`,
  headers,
  rows,
});

/** The public figures (and the newsletter series when the viewer is staff). */
export function figuresSheets(f: Figures, t: Translate, period: string): Sheet[] {
  const p = f.premises;
  const sheets: Sheet[] = [
    sheet(
      t,
      period,
      "premises",
      ["premises.district", "premises.offered", "premises.available", "premises.reserved", "premises.rented", "premises.area", "premises.meanRent"].map((k) => t(k)),
      [
        ...p.byDistrict.map((d) => [d.district, d.offered, d.available, d.reserved, d.rented, d.totalAreaM2, d.meanRentPerM2]),
        [t("export.total"), p.offered, p.available, p.reserved, p.rented, p.totalAreaM2, p.meanRentPerM2],
      ],
    ),
    sheet(
      t,
      period,
      "trainings",
      [t("export.item"), t("export.value")],
      (["held", "meetings", "seats", "registered", "attended", "officials", "pes", "residents"] as const).map((k) => [
        t(`trainings.${k}`),
        {
          held: f.trainings.trainingsHeld,
          meetings: f.trainings.meetingsHeld,
          seats: f.trainings.seatsOffered,
          registered: f.trainings.registered,
          attended: f.trainings.attended,
          officials: f.trainings.officials,
          pes: f.trainings.pes,
          residents: f.trainings.residents,
        }[k],
      ]),
    ),
    sheet(
      t,
      period,
      "organizations",
      [t("organizations.legalForm"), t("organizations.count"), t("organizations.verified")],
      [
        ...f.organizations.byLegalForm.map((l) => [t(`forms.${l.legalForm}`), l.count, l.verified]),
        [t("export.total"), f.organizations.total, f.organizations.verified],
      ],
    ),
    sheet(
      t,
      period,
      "notices",
      [t("marketplace.kind"), t("marketplace.count"), t("marketplace.handedOver")],
      f.marketplace.noticesByKind.map((k) => [t(`kinds.${k.kind}`), k.count, k.handedOver]),
    ),
    sheet(t, period, "demands", [t("export.item"), t("export.value")], [
      [t("marketplace.products"), f.marketplace.products],
      [t("marketplace.demands"), f.marketplace.demandsPosted],
      [t("marketplace.social"), f.marketplace.demandsWithSocialClause],
      [t("marketplace.offers"), f.marketplace.offersReceived],
      [t("marketplace.awarded"), f.marketplace.demandsAwarded],
    ]),
  ];
  if (f.newsletter) {
    sheets.push(
      sheet(
        t,
        period,
        "newsletter",
        [t("newsletter.month"), t("newsletter.new"), t("newsletter.total")],
        f.newsletter.confirmedByMonth.map((m) => [m.month, m.count, m.total]),
      ),
    );
  }
  sheets.push(
    sheet(
      t,
      period,
      "socialValue",
      (["year", "spend", "awarded", "posted", "clauseNone", "clauseReserved", "clauseEmployment", "clauseOther", "withoutOffer", "itemsReused", "itemsReusedValue", "loans"] as const).map((k) =>
        t(`socialValue.${k}`),
      ),
      f.socialValue.map((y) => [
        y.year,
        y.spendWithPes,
        y.demandsAwarded,
        y.demandsPosted,
        y.clauseNone,
        y.clauseReservedContract,
        y.clauseEmployment,
        y.clauseOtherSocial,
        y.demandsWithoutOffer,
        y.itemsReused,
        y.itemsReusedValue,
        y.loansHandedOver,
      ]),
    ),
  );
  return sheets;
}

const date = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

/** The monitoring team's breakdowns (OFFICIAL and ADMIN). */
export function detailSheets(d: Detail, t: Translate, period: string): Sheet[] {
  const h = (...keys: string[]) => keys.map((k) => t(`detail.${k}`));
  return [
    sheet(t, period, "premisesByMonth", h("month", "offered", "rentedNow", "area"), d.premisesByMonth.map((m) => [m.month, m.offered, m.rented, m.totalAreaM2])),
    sheet(
      t,
      period,
      "trainingList",
      h("training", "kind", "startsAt", "endsAt", "seats", "registered", "waitlisted", "attended", "officials", "pes", "residents"),
      d.trainings.map((r) => [
        r.title,
        t(`detail.kinds.${r.kind}`),
        date(r.startsAt),
        date(r.endsAt),
        r.seats,
        r.registered,
        r.waitlisted,
        r.attended,
        r.officials,
        r.pes,
        r.residents,
      ]),
    ),
    sheet(t, period, "trainingsByMonth", h("month", "held", "seats", "registered", "attended"), d.trainingsByMonth.map((m) => [m.month, m.held, m.seats, m.registered, m.attended])),
    sheet(
      t,
      period,
      "demandsByCategory",
      h("category", "demands", "social", "offers", "awarded"),
      d.demandsByCategory.map((c) => [c.category ?? t("detail.noCategory"), c.demands, c.withSocialClause, c.offers, c.awarded]),
    ),
    sheet(
      t,
      period,
      "organizationsByDistrict",
      h("district", "organizations", "verified"),
      d.organizationsByDistrict.map((o) => [o.district ?? t("detail.noDistrict"), o.count, o.verified]),
    ),
    sheet(
      t,
      period,
      "subscribersByMonth",
      h("month", "confirmed", "unsubscribed", "subscribers"),
      d.subscribersByMonth.map((m) => [m.month, m.confirmed, m.unsubscribed, m.total]),
    ),
    sheet(
      t,
      period,
      "noticesByStatus",
      h("kind", "total", "available", "reserved", "handedOver", "closed"),
      d.noticesByKind.map((k) => [t(`kinds.${k.kind}`), k.total, k.available, k.reserved, k.handedOver, k.closed]),
    ),
    sheet(
      t,
      period,
      "demandsWithoutOffer",
      [t("socialValue.demand"), t("detail.category"), t("socialValue.deadline"), t("socialValue.clause")],
      d.demandsWithoutOffer.map((r) => [r.title, r.category ?? t("detail.noCategory"), date(r.deadline), t(`socialValue.clauses.${r.clauseType}`)]),
    ),
  ];
}

/** Excel refuses sheet names over 31 characters, with []:*?/\ or repeated. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet";
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${base.slice(0, 28)} ${i}`;
  taken.add(out.toLowerCase());
  return out;
}

export async function toXlsx(sheets: Sheet[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "PES-TOR";
  wb.title = title;
  wb.created = new Date();
  const taken = new Set<string>();
  for (const s of sheets) {
    const ws = wb.addWorksheet(sheetName(s.name, taken), { views: [{ state: "frozen", ySplit: 2 }] });
    ws.addRow([spreadsheetText(s.title)]).font = { bold: true, size: 13 };
    ws.addRow(s.headers.map(spreadsheetText)).font = { bold: true };
    for (const r of s.rows) ws.addRow(r.map((c) => (c === null ? "" : spreadsheetText(c))));
    s.headers.forEach((header, i) => {
      const col = ws.getColumn(i + 1);
      const values = s.rows.map((r) => r[i]);
      const width = Math.max(header.length, ...values.map((v) => (v instanceof Date ? 16 : String(v ?? "").length)));
      col.width = Math.min(60, width + 2);
      if (values.some((v) => v instanceof Date)) col.numFmt = "yyyy-mm-dd hh:mm";
      else if (values.some((v) => typeof v === "number" && !Number.isInteger(v))) col.numFmt = "#,##0.00";
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The sheets one below another (title, header, rows, a blank line), UTF-8 with BOM. */
export function toCsv(sheets: Sheet[]): string {
  const lines: string[] = [];
  for (const s of sheets) {
    lines.push(csvCell(s.title), s.headers.map(csvCell).join(","), ...s.rows.map((r) => r.map(csvCell).join(",")), "");
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
