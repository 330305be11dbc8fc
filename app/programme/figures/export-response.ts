import "server-only";
import { getTranslations } from "next-intl/server";
import { FiguresDetailQuery } from "../../admin/figures/detail-query";
import { gql, GraphQLRequestError } from "../../lib/graphql-server";
import { FiguresQuery, periodFrom } from "./figures-query";
import { detailSheets, figuresSheets, periodLabel, toCsv, toXlsx, XLSX_TYPE, type Translate } from "./workbook";

/**
 * GET handler body for the figures' exports: the period comes from ?from=&to= like the
 * pages; `detail` adds the monitoring team's breakdowns (the API refuses them to anyone
 * but OFFICIAL and ADMIN, and that refusal becomes 401/403 here).
 */
export async function figuresExport(req: Request, format: "csv" | "xlsx", detail: boolean): Promise<Response> {
  const url = new URL(req.url);
  const { from, to, period } = periodFrom({ from: url.searchParams.get("from") ?? undefined, to: url.searchParams.get("to") ?? undefined });
  const tr = await getTranslations("figures");
  const t: Translate = (key, values) => tr(key as never, values as never);
  const label = periodLabel(t, from, to);
  let sheets;
  try {
    const [f, d] = await Promise.all([gql(FiguresQuery, { period }), detail ? gql(FiguresDetailQuery, { period }) : null]);
    sheets = [...figuresSheets(f.programmeFigures, t, label), ...(d ? detailSheets(d.programmeFiguresDetail, t, label) : [])];
  } catch (err) {
    if (!(err instanceof GraphQLRequestError)) throw err;
    const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 }[err.code] ?? 500;
    return new Response(err.message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const name = `pes-tor-${detail ? "figures-detail" : "figures"}${from ? `-${from}` : ""}${to ? `-${to}` : ""}.${format}`;
  const headers = {
    "content-disposition": `attachment; filename="${name}"`,
    // The detail is for staff; a shared cache must not keep it.
    "cache-control": detail ? "private, no-store" : "no-store",
  };
  if (format === "csv") return new Response(toCsv(sheets), { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
  const body = await toXlsx(sheets, `${tr("title")} — ${label}`);
  return new Response(new Uint8Array(body), { headers: { ...headers, "content-type": XLSX_TYPE } });
}
