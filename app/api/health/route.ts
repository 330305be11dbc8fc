import { server } from "../../lib/server";

export const dynamic = "force-dynamic";

/** 200 once the database answers, 503 otherwise (load balancers and uptime checks). */
export async function GET(): Promise<Response> {
  const ok = await server().health();
  return Response.json(ok ? { status: "ok" } : { status: "unavailable" }, {
    status: ok ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
