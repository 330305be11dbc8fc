import { figuresExport } from "../export-response";

export const dynamic = "force-dynamic";

/** GET /programme/figures/export.csv?from=&to= — the sections one below another, like the XLSX's sheets. */
export function GET(req: Request): Promise<Response> {
  return figuresExport(req, "csv", false);
}
