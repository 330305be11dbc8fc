import { server } from "../../lib/server";

const Q = `query UpcomingTrainingsIcs { upcomingTrainingsIcs }`;

/** GET /trainings/calendar.ics — a subscribable feed of upcoming trainings and meetings. */
export async function GET() {
  const result = await server().execute(Q, {}, null, "calendar");
  const ics = (result.data as { upcomingTrainingsIcs?: string } | null)?.upcomingTrainingsIcs;
  if (!ics) return new Response("Unavailable", { status: 503 });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="pes-tor-trainings.ics"',
      "cache-control": "public, max-age=300",
    },
  });
}

export const dynamic = "force-dynamic";
