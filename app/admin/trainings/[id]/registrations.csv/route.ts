import { server } from "../../../../lib/server";
import { currentUser } from "../../../../lib/session";
import { csvCell } from "../../../../../entities/safe-text";

const Q = `query TrainingRegistrationsCsv($id: ID!) {
  training(id: $id) { id title }
  trainingRegistrations(trainingId: $id) {
    status audience registeredAt attendedAt waitlistPosition dietaryNeeds accessibilityNeeds user { name email }
  }
}`;

interface Row {
  status: string;
  audience: string;
  registeredAt: string;
  attendedAt: string | null;
  waitlistPosition: number | null;
  dietaryNeeds: string | null;
  accessibilityNeeds: string | null;
  user: { name: string; email: string };
}

// In-process execution hands DateTime values over as Date objects: csvCell writes them as ISO.
const cell = csvCell;

/** GET /admin/trainings/[id]/registrations.csv — organisers (OFFICIAL, ADMIN) only. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  const result = await server().execute(Q, { id }, user?.id ?? null, server().clientAddress(req.headers));
  const code = (result.errors?.[0]?.extensions as { code?: string } | undefined)?.code;
  if (code === "UNAUTHENTICATED") return new Response("Sign in first", { status: 401 });
  if (code === "FORBIDDEN") return new Response("Forbidden", { status: 403 });
  const data = result.data as { training: { title: string } | null; trainingRegistrations: Row[] } | null;
  if (code === "NOT_FOUND" || !data?.training) return new Response("Not found", { status: 404 });
  if (result.errors?.length) return new Response("Error", { status: 500 });
  const header = ["name", "email", "audience", "status", "waitlist_position", "registered_at", "attended_at", "dietary_needs", "accessibility_needs"];
  const lines = data.trainingRegistrations.map((r) =>
    [r.user.name, r.user.email, r.audience, r.status, r.waitlistPosition, r.registeredAt, r.attendedAt, r.dietaryNeeds, r.accessibilityNeeds]
      .map(cell)
      .join(","),
  );
  // BOM so that spreadsheet programs read the Polish letters as UTF-8.
  const body = `\uFEFF${[header.join(","), ...lines].join("\r\n")}\r\n`;
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="registrations-${id.replace(/[^a-zA-Z0-9-]/g, "")}.csv"`,
      "cache-control": "no-store",
    },
  });
}
