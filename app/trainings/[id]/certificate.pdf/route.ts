import { server } from "../../../lib/server";
import { currentUser } from "../../../lib/session";
import { signInHref } from "../../../lib/sign-in";

const Q = `query TrainingCertificate($id: ID!) { myTrainingCertificate(trainingId: $id) }`;

/** GET /trainings/[id]/certificate.pdf — the signed-in participant's attendance certificate. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) return Response.redirect(new URL(signInHref(`/trainings/${id}`), req.url), 303);
  const result = await server().execute(Q, { id }, user.id, server().clientAddress(req.headers));
  const code = (result.errors?.[0]?.extensions as { code?: string } | undefined)?.code;
  const pdf = (result.data as { myTrainingCertificate?: string } | null)?.myTrainingCertificate;
  if (!pdf) {
    const status = code === "NOT_FOUND" ? 404 : code === "FORBIDDEN" ? 403 : 500;
    return new Response(status === 403 ? "No recorded attendance" : "Not available", { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return new Response(Buffer.from(pdf, "base64"), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="zaswiadczenie-${id.replace(/[^a-zA-Z0-9-]/g, "").slice(0, 8)}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
