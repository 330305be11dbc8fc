import { server } from "../../../lib/server";

const Q = `query TrainingIcs($id: ID!) { trainingIcs(id: $id) }`;

/** GET /trainings/[id]/calendar.ics — one event, for "add to calendar". */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await server().execute(Q, { id }, null, "calendar");
  const ics = (result.data as { trainingIcs?: string | null } | null)?.trainingIcs;
  if (!ics) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="training-${id.replace(/[^a-zA-Z0-9-]/g, "")}.ics"`,
      "cache-control": "public, max-age=300",
    },
  });
}
