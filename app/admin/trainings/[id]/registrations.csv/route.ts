import { csvCell } from "../../../../../entities/safe-text";
import { registrationsTable } from "../registrations-export";

/** GET /admin/trainings/[id]/registrations.csv — organisers (OFFICIAL, ADMIN) only. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const table = await registrationsTable(req, id);
  if (table instanceof Response) return table;
  // In-process execution hands DateTime values over as Date objects: csvCell writes them as ISO.
  const lines = [table.headers, ...table.rows].map((r) => r.map(csvCell).join(","));
  // BOM so that spreadsheet programs read the Polish letters as UTF-8.
  const body = `\uFEFF${lines.join("\r\n")}\r\n`;
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="registrations-${id.replace(/[^a-zA-Z0-9-]/g, "")}.csv"`,
      "cache-control": "no-store",
    },
  });
}
