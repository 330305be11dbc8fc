import { server } from "../../lib/server";

export const dynamic = "force-dynamic";

/**
 * Prometheus metrics on the app's own port, only with `Authorization: Bearer
 * <METRICS_TOKEN>`; without METRICS_TOKEN set this is a 404 like any unknown path (use
 * METRICS_PORT on the internal network instead).
 */
export async function GET(request: Request): Promise<Response> {
  const m = await server().metricsText(request.headers.get("authorization"));
  if (!m) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  return new Response(m.body, { headers: { "content-type": m.contentType, "cache-control": "no-store" } });
}
