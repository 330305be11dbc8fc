export const dynamic = "force-dynamic";

/**
 * Liveness: 200 while this process serves HTTP at all, whatever the database does (a
 * restart would not bring the database back). Restart the node when this fails.
 */
export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
