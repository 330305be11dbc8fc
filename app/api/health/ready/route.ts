import { server } from "../../../lib/server";

export const dynamic = "force-dynamic";

/**
 * Readiness: 200 when the database answers and every migration of this version is
 * applied; 503 otherwise (the load balancer sends this node no traffic meanwhile).
 */
export async function GET(): Promise<Response> {
  const r = await server().readiness();
  return Response.json(
    { status: r.ready ? "ok" : "unavailable", database: r.database, pendingMigrations: r.pendingMigrations },
    { status: r.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
