import { server } from "../../lib/server";
import { currentUser } from "../../lib/session";

/**
 * GET /account/export.json — the signed-in person's own data (RODO art. 15 and 20) as one
 * JSON document; the id comes only from the session, so nobody can ask for another's.
 */
export async function GET() {
  const user = await currentUser();
  if (!user) return new Response("Sign in first", { status: 401, headers: { "cache-control": "no-store" } });
  const data = await server().exportAccount(user.id);
  if (!data) return new Response("Sign in first", { status: 401, headers: { "cache-control": "no-store" } });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="pes-tor-moje-dane-${day}.json"`,
      "cache-control": "no-store",
    },
  });
}
