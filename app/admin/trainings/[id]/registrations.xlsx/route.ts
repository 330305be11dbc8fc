import { toXlsx, XLSX_TYPE } from "../../../../programme/figures/workbook";
import { registrationsTable } from "../registrations-export";

/** GET /admin/trainings/[id]/registrations.xlsx — the same table as the CSV, as a workbook; organisers only. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const table = await registrationsTable(req, id);
  if (table instanceof Response) return table;
  const body = await toXlsx([{ name: "Registrations", title: table.title, headers: table.headers, rows: table.rows }], table.title);
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": XLSX_TYPE,
      "content-disposition": `attachment; filename="registrations-${id.replace(/[^a-zA-Z0-9-]/g, "")}.xlsx"`,
      "cache-control": "no-store",
    },
  });
}
