import { server } from "../../../lib/server";

export const dynamic = "force-dynamic";

/**
 * GET /marketplace/demands/ocds.json — every demand and award as an OCDS 1.1 release
 * package (open data; see server/modules/marketplace/demands.open-data.ts). Public: it
 * holds only what the demand pages show to anyone.
 */
export async function GET(): Promise<Response> {
  return new Response(await server().demandsOpenData("json"), {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
}
