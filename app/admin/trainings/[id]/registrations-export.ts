import "server-only";
import { server } from "../../../lib/server";
import { currentUser } from "../../../lib/session";
import type { Cell } from "../../../programme/figures/workbook";

const Q = `query TrainingRegistrationsExport($id: ID!) {
  training(id: $id) { id title questions { id label } }
  trainingRegistrations(trainingId: $id) {
    status audience registeredAt attendedAt waitlistPosition dietaryNeeds accessibilityNeeds attendeeName attendeeEmail
    user { name email } questionAnswers { questionId display }
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
  attendeeName: string | null;
  attendeeEmail: string | null;
  user: { name: string; email: string };
  questionAnswers: { questionId: string; display: string }[];
}

/**
 * The registrations of a training as a table, for the CSV and XLSX exports: one row per
 * person (a colleague registered in a group under their own name, with the registrant in
 * `registered_by`), one column per organiser's question. Organisers only (the API decides);
 * otherwise the HTTP refusal to send.
 */
export async function registrationsTable(req: Request, id: string): Promise<{ title: string; headers: string[]; rows: Cell[][] } | Response> {
  const user = await currentUser();
  const result = await server().execute(Q, { id }, user?.id ?? null, server().clientAddress(req.headers));
  const code = (result.errors?.[0]?.extensions as { code?: string } | undefined)?.code;
  if (code === "UNAUTHENTICATED") return new Response("Sign in first", { status: 401 });
  if (code === "FORBIDDEN") return new Response("Forbidden", { status: 403 });
  const data = result.data as { training: { title: string; questions: { id: string; label: string }[] } | null; trainingRegistrations: Row[] } | null;
  if (code === "NOT_FOUND" || !data?.training) return new Response("Not found", { status: 404 });
  if (result.errors?.length) return new Response("Error", { status: 500 });
  const questions = data.training.questions;
  const headers = [
    "name", "email", "audience", "status", "waitlist_position", "registered_at", "attended_at", "dietary_needs", "accessibility_needs", "registered_by",
    ...questions.map((q) => q.label),
  ];
  const rows = data.trainingRegistrations.map((r): Cell[] => {
    const answers = new Map(r.questionAnswers.map((a) => [a.questionId, a.display]));
    return [
      r.attendeeName ?? r.user.name,
      r.attendeeEmail ?? r.user.email,
      r.audience,
      r.status,
      r.waitlistPosition,
      r.registeredAt,
      r.attendedAt,
      r.dietaryNeeds,
      r.accessibilityNeeds,
      r.attendeeEmail ? r.user.email : null,
      ...questions.map((q) => answers.get(q.id) ?? null),
    ];
  });
  return { title: data.training.title, headers, rows };
}
