import { server } from "../../../lib/server";

export const dynamic = "force-dynamic";

/** GET /marketplace/demands/ocds.csv — the release package flat, one row per demand, for spreadsheets. */
export async function GET(): Promise<Response> {
  return new Response(await server().demandsOpenData("csv"), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="pes-tor-zapotrzebowania-ocds.csv"`,
      "cache-control": "public, max-age=300",
    },
  });
}
