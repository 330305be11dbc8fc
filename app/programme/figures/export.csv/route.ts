import { server } from "../../../lib/server";
import { periodFrom } from "../figures-query";

export const dynamic = "force-dynamic";

const QUERY = `query($period: FiguresPeriod) { programmeFigures(period: $period) {
  premises { offered available reserved rented totalAreaM2 meanRentPerM2
    byDistrict { district offered available reserved rented totalAreaM2 meanRentPerM2 } }
  trainings { trainingsHeld meetingsHeld seatsOffered registered attended officials pes residents }
  organizations { total verified byLegalForm { legalForm count verified } }
  marketplace { noticesByKind { kind count handedOver } products demandsPosted demandsWithSocialClause offersReceived demandsAwarded }
} }`;

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  // Quote, and defuse spreadsheet formulas in text cells.
  return /^[=+\-@]/.test(s) && Number.isNaN(Number(s)) ? `"'${s.replace(/"/g, '""')}"` : `"${s.replace(/"/g, '""')}"`;
};

/** The figures as CSV (UTF-8 with BOM, so that spreadsheet programs read Polish letters). */
export async function GET(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const { from, to, period } = periodFrom({ from: url.searchParams.get("from") ?? undefined, to: url.searchParams.get("to") ?? undefined });
  const result = await server().execute(QUERY, { period }, null, "local");
  if (result.errors?.length) return new Response("Invalid period", { status: 400 });
  const f = (result.data as any).programmeFigures;
  const rows: unknown[][] = [["section", "item", "value"]];
  rows.push(["period", "from", from ?? ""], ["period", "to", to ?? ""]);
  for (const k of ["offered", "available", "reserved", "rented", "totalAreaM2", "meanRentPerM2"]) rows.push(["premises", k, f.premises[k]]);
  for (const d of f.premises.byDistrict) for (const k of ["offered", "available", "reserved", "rented", "totalAreaM2", "meanRentPerM2"]) rows.push([`premises:${d.district}`, k, d[k]]);
  for (const [k, v] of Object.entries(f.trainings)) rows.push(["trainings", k, v]);
  rows.push(["organizations", "total", f.organizations.total], ["organizations", "verified", f.organizations.verified]);
  for (const l of f.organizations.byLegalForm) rows.push([`organizations:${l.legalForm}`, "count", l.count], [`organizations:${l.legalForm}`, "verified", l.verified]);
  for (const n of f.marketplace.noticesByKind) rows.push([`notices:${n.kind}`, "count", n.count], [`notices:${n.kind}`, "handedOver", n.handedOver]);
  for (const k of ["products", "demandsPosted", "demandsWithSocialClause", "offersReceived", "demandsAwarded"]) rows.push(["marketplace", k, f.marketplace[k]]);
  const body = "\uFEFF" + rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="pes-tor-figures${from ? `-${from}` : ""}${to ? `-${to}` : ""}.csv"`,
    },
  });
}
