import { figuresExport } from "../export-response";

export const dynamic = "force-dynamic";

/** GET /programme/figures/export.xlsx?from=&to= — one sheet per section. */
export function GET(req: Request): Promise<Response> {
  return figuresExport(req, "xlsx", false);
}
