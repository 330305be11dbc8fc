import { figuresExport } from "../../../programme/figures/export-response";

export const dynamic = "force-dynamic";

/** GET /admin/figures/export.xlsx?from=&to= — the figures with the monitoring detail (OFFICIAL, ADMIN). */
export function GET(req: Request): Promise<Response> {
  return figuresExport(req, "xlsx", true);
}
